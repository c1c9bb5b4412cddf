package cn.oneseal.infrastructure.persistence.jpa;

import cn.oneseal.domain.model.innovation.InnovationVoucher;
import cn.oneseal.domain.model.innovation.VoucherProvider;
import cn.oneseal.domain.model.innovation.VoucherRedemption;
import cn.oneseal.domain.model.innovation.VoucherRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaVoucherRepository implements VoucherRepository {

  @PersistenceContext(unitName = "oneseal")
  private EntityManager em;

  @Override
  public void add(InnovationVoucher voucher) {
    em.persist(voucher);
    em.flush();
  }

  @Override
  public Optional<InnovationVoucher> ofApplication(String applicationNumber) {
    return em.createQuery(
            "select v from InnovationVoucher v where v.applicationNumber = :n",
            InnovationVoucher.class)
        .setParameter("n", applicationNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<InnovationVoucher> byNumber(String voucherNumber) {
    return em.createQuery(
            "select v from InnovationVoucher v where v.voucherNumber = :n", InnovationVoucher.class)
        .setParameter("n", voucherNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<InnovationVoucher> byNumberForUpdate(String voucherNumber) {
    return em.createQuery(
            "select v from InnovationVoucher v where v.voucherNumber = :n", InnovationVoucher.class)
        .setParameter("n", voucherNumber)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<InnovationVoucher> ofFirm(String creditCode) {
    return em.createQuery(
            "select v from InnovationVoucher v where v.creditCode = :c order by v.id",
            InnovationVoucher.class)
        .setParameter("c", creditCode)
        .getResultList();
  }

  @Override
  public String nextNumber(int year) {
    int updated =
        em.createNativeQuery(
                "update innovation_voucher_counter set last_value = last_value + 1"
                    + " where voucher_year = ?1")
            .setParameter(1, year)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "insert into innovation_voucher_counter (voucher_year, last_value) values (?1, 1)")
          .setParameter(1, year)
          .executeUpdate();
    }
    Number value =
        (Number)
            em.createNativeQuery(
                    "select last_value from innovation_voucher_counter where voucher_year = ?1")
                .setParameter(1, year)
                .getSingleResult();
    return InnovationVoucher.number(year, value.intValue());
  }

  @Override
  public void add(VoucherRedemption redemption) {
    em.persist(redemption);
    em.flush();
  }

  @Override
  public boolean invoiceRedeemed(String invoiceNumber) {
    return em.createQuery(
                "select count(r) from VoucherRedemption r where r.invoiceNumber = :i", Long.class)
            .setParameter("i", invoiceNumber)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<VoucherRedemption> redemptionsOf(long voucherId) {
    return em.createQuery(
            "select r from VoucherRedemption r where r.voucherId = :v order by r.id",
            VoucherRedemption.class)
        .setParameter("v", voucherId)
        .getResultList();
  }

  @Override
  public List<VoucherProvider> providers() {
    return em.createQuery("select p from VoucherProvider p order by p.code", VoucherProvider.class)
        .getResultList();
  }

  @Override
  public Optional<VoucherProvider> provider(String code) {
    return em.createQuery(
            "select p from VoucherProvider p where p.code = :c", VoucherProvider.class)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<VoucherProvider> providerOf(String account) {
    return em.createQuery(
            "select p from VoucherProvider p where p.account = :a and p.active = true",
            VoucherProvider.class)
        .setParameter("a", account)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(VoucherProvider provider) {
    em.persist(provider);
    em.flush();
  }

  @Override
  public List<InnovationVoucher> issuedBetween(Instant from, Instant to) {
    return em.createQuery(
            "select v from InnovationVoucher v where v.issuedAt >= :f and v.issuedAt < :t",
            InnovationVoucher.class)
        .setParameter("f", from)
        .setParameter("t", to)
        .getResultList();
  }

  @Override
  public List<VoucherRedemption> redeemedBetween(Instant from, Instant to) {
    return em.createQuery(
            "select r from VoucherRedemption r where r.filedAt >= :f and r.filedAt < :t",
            VoucherRedemption.class)
        .setParameter("f", from)
        .setParameter("t", to)
        .getResultList();
  }
}
