package cn.oneseal.domain.model.credit;

/**
 * How an entry of the dishonesty register names its subject: an organisation by its unified social
 * credit code, a natural person by a keyed hash of the identity number (never the number itself).
 */
public enum ListedSubject {
  CREDIT_CODE,
  IDENTITY
}
