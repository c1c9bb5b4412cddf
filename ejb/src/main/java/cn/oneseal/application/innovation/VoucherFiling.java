package cn.oneseal.application.innovation;

import cn.oneseal.domain.model.application.Upload;
import java.util.List;

/**
 * What a firm files to apply for an innovation voucher: itself (name, credit code, industry,
 * whether it is private), its innovation team, a contact phone and the materials; the key that
 * makes a repeated filing answer the first ({@code null}: not repeatable).
 */
public record VoucherFiling(
    String firmName,
    String creditCode,
    String industry,
    Boolean privateFirm,
    String teamSummary,
    String contactPhone,
    List<Upload> materials,
    String idempotencyKey) {}
