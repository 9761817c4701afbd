/** The API's one way of answering a refusal or a fault: problem details in Dutch. */
@NamedInterface("api")
package nl.aanwezig.base.api;

import org.springframework.modulith.NamedInterface;
