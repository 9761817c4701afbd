/** Screens of the casusoverleg: the OC's meetings and agenda, and the owner's form of a decision. */
package nl.aanwezig.review.ui;
