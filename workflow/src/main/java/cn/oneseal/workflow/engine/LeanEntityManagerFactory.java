package cn.oneseal.workflow.engine;

import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;

/**
 * The engine's entity manager, without the message it wrote for every row it inserted. Camunda
 * 7.23's {@code DbEntityManager.validateId} builds "Entity … has a null id" from the entity's
 * {@code toString} before it checks the id, so every insert (the execution, its variables, each
 * history event) printed the whole entity: 1.4 % of the server's CPU in a case (issue 18,
 * docs/performance.md). The check is the same, and so is its message when it fails.
 */
final class LeanEntityManagerFactory extends DbEntityManagerFactory {

  LeanEntityManagerFactory() {
    super(null);
  }

  @Override
  public DbEntityManager openSession() {
    return new LeanEntityManager(
        Context.getProcessEngineConfiguration().getIdGenerator(),
        Context.getCommandContext().getSession(PersistenceSession.class));
  }

  static final class LeanEntityManager extends DbEntityManager {

    LeanEntityManager(IdGenerator ids, PersistenceSession persistence) {
      super(ids, persistence);
    }

    @Override
    protected void validateId(DbEntity entity) {
      String id = entity.getId();
      if (id == null || "*".equals(id)) {
        super.validateId(entity);
      }
    }
  }
}
