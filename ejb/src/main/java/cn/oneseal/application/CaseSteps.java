package cn.oneseal.application;

import java.util.List;

/**
 * The steps open on a case now, as the process engine knows them (implemented by the workflow
 * module): the audit trail notes, with every read of a case by staff, the step that was open — the
 * purpose of the read that the applicant sees.
 */
public interface CaseSteps {

  /**
   * The step ids (the BPMN task ids) open on the case {@code number}, the steps that {@code
   * username} holds first; empty when no step is open.
   */
  List<String> open(String number, String username);
}
