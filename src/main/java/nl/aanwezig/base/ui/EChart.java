package nl.aanwezig.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn by ECharts in the browser from an option JSON built on the server. The library comes from
 * the {@code org.webjars.npm:echarts} WebJar and the element from {@code frontend/aanwezig-chart.js}, both
 * plain scripts, so Vaadin's pre-built bundle stays valid (no Node build).
 */
@Tag("aanwezig-chart")
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://aanwezig/aanwezig-chart.js")
public class EChart extends Component implements HasSize, HasStyle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Replaces the chart's option with maps, lists, strings and numbers serialised as JSON. */
    public void setOption(Object option) {
        setOption(JSON.writeValueAsString(option));
    }

    /** Replaces the chart's option (an ECharts option object as JSON). */
    public void setOption(String json) {
        getElement().setAttribute("option", json);
    }

    /** The option last set, for tests. */
    public String getOption() {
        return getElement().getAttribute("option");
    }
}
