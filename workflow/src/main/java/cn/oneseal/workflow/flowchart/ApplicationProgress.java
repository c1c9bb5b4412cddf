package cn.oneseal.workflow.flowchart;

import java.io.Serializable;
import java.util.List;

/** Which steps of an application's process have been passed and which are open now. */
public record ApplicationProgress(String processKey, List<String> passed, List<String> current)
    implements Serializable {}
