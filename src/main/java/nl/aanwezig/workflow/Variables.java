package nl.aanwezig.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Process variables as stored in workflow_instance.variables (JSON). */
final class Variables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Variables() {
    }

    static String toJson(Map<String, Object> vars) {
        try {
            return JSON.writeValueAsString(vars);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Map<String, Object> fromJson(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
