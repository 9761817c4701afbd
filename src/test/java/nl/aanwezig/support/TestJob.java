package nl.aanwezig.support;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DocumentReferenceResponse;
import io.camunda.client.api.response.UserTaskProperties;
import io.camunda.client.api.search.enums.JobKind;
import io.camunda.client.api.search.enums.ListenerEventType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job as a worker receives it, for delivering the same job twice to a worker. Only what workers read
 * is filled in; the rest says so loudly.
 */
public record TestJob(long key, Map<String, Object> variables) implements ActivatedJob {

    @Override public long getKey() { return key; }
    @Override public Map<String, Object> getVariablesAsMap() { return variables; }
    @Override public Object getVariable(String name) { return variables.get(name); }
    @Override public Map<String, String> getCustomHeaders() { return Map.of(); }
    @Override public String getType() { throw unused(); }
    @Override public long getProcessInstanceKey() { throw unused(); }
    @Override public String getBpmnProcessId() { return "test"; }
    @Override public int getProcessDefinitionVersion() { throw unused(); }
    @Override public long getProcessDefinitionKey() { throw unused(); }
    @Override public String getElementId() { return "test"; }
    @Override public long getElementInstanceKey() { throw unused(); }
    @Override public String getWorker() { throw unused(); }
    @Override public int getRetries() { throw unused(); }
    @Override public long getDeadline() { throw unused(); }
    @Override public String getVariables() { throw unused(); }
    @Override public <T> T getVariablesAsType(Class<T> type) { throw unused(); }
    @Override public UserTaskProperties getUserTask() { throw unused(); }
    @Override public String toJson() { throw unused(); }
    @Override public String getTenantId() { throw unused(); }
    @Override public Set<String> getTags() { throw unused(); }
    @Override public JobKind getKind() { throw unused(); }
    @Override public ListenerEventType getListenerEventType() { throw unused(); }
    @Override public List<DocumentReferenceResponse> getDocumentReferences(String name) { throw unused(); }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not read by the workers under test");
    }
}
