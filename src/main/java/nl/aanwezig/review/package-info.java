/** Casusoverleg: the OC's case meetings, their suggested agenda, the minutes per case and decisions that become tasks. */
package nl.aanwezig.review;
