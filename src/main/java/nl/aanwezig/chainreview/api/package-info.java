/** The REST API of the chain review: a region's reviews, one review, its report as PDF, the thuiszitters registration. */
package nl.aanwezig.chainreview.api;
