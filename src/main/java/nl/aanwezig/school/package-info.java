/** Schools, classes, pupils and the school calendar. */
package nl.aanwezig.school;
