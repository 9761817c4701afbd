/** Demo data for the embedded default: two schools, their pupils, weeks of attendance and a login per role. */
package nl.aanwezig.demo;
