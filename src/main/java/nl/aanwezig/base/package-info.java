/** Shared kernel: time, messages, user-facing errors and the main layout. */
package nl.aanwezig.base;
