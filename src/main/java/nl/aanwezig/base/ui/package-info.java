/** Widgets every module's screens share: the main layout, dates in Dutch, notifications, charts and uploads. */
@NamedInterface("ui")
package nl.aanwezig.base.ui;

import org.springframework.modulith.NamedInterface;
