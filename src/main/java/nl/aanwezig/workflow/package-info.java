/**
 * The only module that knows Camunda: engine wiring, deployment, workers, and rebuilding process
 * instances from the database after a restart of the in-process engine.
 */
package nl.aanwezig.workflow;
