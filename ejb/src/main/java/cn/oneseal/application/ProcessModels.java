package cn.oneseal.application;

import java.util.List;

/**
 * The process models an approval item may run: those deployed to the engine whose every step is
 * described. The workflow module knows them; the catalogue asks, so that an administrator cannot
 * save an item that names a process nobody can run (ejb knows nothing of the engine).
 */
public interface ProcessModels {

  /** Whether an item may run the process with this key. */
  boolean runsItems(String processKey);

  /** The keys an editor offers, sorted. */
  List<String> itemProcessKeys();
}
