package cn.oneseal.application.documents;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A rendered PDF and where on it the bureau's seal goes: the page (0-based) and the free square
 * over the issuer's name and date, in that page's PDF user space.
 */
public record RenderedDocument(byte[] pdf, int sealPage, PDRectangle sealArea) {}
