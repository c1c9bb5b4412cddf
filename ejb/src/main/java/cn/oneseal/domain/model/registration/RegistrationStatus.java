package cn.oneseal.domain.model.registration;

/** A one-form registration is a draft until it is submitted as an application. */
public enum RegistrationStatus {
  DRAFT,
  SUBMITTED
}
