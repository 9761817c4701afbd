package nl.aanwezig.workflow;

import java.util.Map;
import java.util.function.Function;

/**
 * A service task of the models, done by the module that owns what it changes: it does the step and hands back the
 * variables the model decides on next, never which step comes next. A module declares its steps as beans; this module
 * opens their workers, withdraws jobs of instances that are not a route, and runs a writing step once per job key, in
 * one transaction with that record, so a job delivered twice writes once.
 */
public interface RouteStep {

    /** The job type the model's service task names ({@code zeebe:taskDefinition type}). */
    String jobType();

    Map<String, Object> run(RouteJob job);

    /** False for a step that only reads: it runs for every delivery and writes no record of the job. */
    boolean writes();

    static RouteStep writing(String jobType, Function<RouteJob, Map<String, Object>> work) {
        return new Simple(jobType, work, true);
    }

    static RouteStep reading(String jobType, Function<RouteJob, Map<String, Object>> work) {
        return new Simple(jobType, work, false);
    }

    record Simple(String jobType, Function<RouteJob, Map<String, Object>> work, boolean writes) implements RouteStep {
        @Override
        public Map<String, Object> run(RouteJob job) {
            return work.apply(job);
        }
    }
}
