/** The mentor's conversations with a pupil and its parents: topic, outcome and the task it finishes. */
package nl.aanwezig.cases.conversation;
