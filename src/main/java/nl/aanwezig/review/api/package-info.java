/** HTTP API of the casusoverleg: the suggested agenda of a school's meeting, for the school's OC. */
package nl.aanwezig.review.api;
