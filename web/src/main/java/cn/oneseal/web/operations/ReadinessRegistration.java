package cn.oneseal.web.operations;

import cn.oneseal.health.ReadinessProbes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Hands the readiness probes to the checks in the EAR's lib/ (the health module) when the
 * application starts, and takes them back when it stops: WildFly's MicroProfile Health finds only
 * those checks, and they answer DOWN until the probes are there.
 */
@ApplicationScoped
public class ReadinessRegistration {

  @Inject DatabaseReadiness database;

  @Inject EngineReadiness engine;

  @Inject JobExecutorReadiness jobExecutor;

  @Inject SealKeysReadiness sealKeys;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    ReadinessProbes.register(ReadinessProbes.DATABASE, database);
    ReadinessProbes.register(ReadinessProbes.PROCESS_ENGINE, engine);
    ReadinessProbes.register(ReadinessProbes.JOB_EXECUTOR, jobExecutor);
    ReadinessProbes.register(ReadinessProbes.SEAL_KEYS, sealKeys);
  }

  void unregister(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    for (String name :
        new String[] {
          ReadinessProbes.DATABASE,
          ReadinessProbes.PROCESS_ENGINE,
          ReadinessProbes.JOB_EXECUTOR,
          ReadinessProbes.SEAL_KEYS
        }) {
      ReadinessProbes.unregister(name);
    }
  }
}
