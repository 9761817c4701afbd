/** A case's timeline: what happened to it, when and by whom, each entry written once. */
@NamedInterface("timeline")
package nl.aanwezig.cases.timeline;

import org.springframework.modulith.NamedInterface;
