/** Upload limits (size, pace, time, cells) and the receiver that enforces them, for every file upload. */
@NamedInterface("upload")
package nl.aanwezig.base.upload;

import org.springframework.modulith.NamedInterface;
