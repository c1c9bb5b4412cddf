package cn.oneseal.infrastructure.seal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The visible part of the signature: a signature field whose widget shows the seal image.
 *
 * <p>PDFBox takes a visible signature's widget from a small template PDF that holds only a form
 * with that field ({@code SignatureOptions.setVisualSignature}); a widget added to the document by
 * hand is made invisible again by {@code PDDocument.addSignature}. The template's page has the
 * target page's size so that the widget's rectangle is in the target page's coordinates.
 *
 * <p>The image is drawn with the blend mode Multiply: red ink over black print stays black and over
 * white paper red, so the authority's name and the date show through the seal as through a real
 * stamp instead of being covered by an opaque picture.
 */
final class SealAppearance {

  private SealAppearance() {}

  /** The template PDF for a seal drawn from {@code image} into {@code area} of {@code page}. */
  static InputStream template(PDPage page, PDRectangle area, SealPicture image) throws IOException {
    try (PDDocument template = new PDDocument()) {
      template.addPage(new PDPage(page.getMediaBox()));
      PDAcroForm form = new PDAcroForm(template);
      template.getDocumentCatalog().setAcroForm(form);
      PDSignatureField field = new PDSignatureField(form);
      form.setFields(List.of(field));
      form.setSignaturesExist(true);
      form.setAppendOnly(true);
      form.getCOSObject().setDirect(true);

      PDAnnotationWidget widget = field.getWidgets().get(0);
      widget.setRectangle(area);
      widget.setPrinted(true);
      widget.setLocked(true);
      widget.setAppearance(appearance(template, area, image));

      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      template.save(bytes);
      return new ByteArrayInputStream(bytes.toByteArray());
    }
  }

  private static PDAppearanceDictionary appearance(
      PDDocument template, PDRectangle area, SealPicture picture) throws IOException {
    PDFormXObject xobject = new PDFormXObject(template);
    xobject.setResources(new PDResources());
    xobject.setBBox(new PDRectangle(area.getWidth(), area.getHeight()));
    PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
    PDExtendedGraphicsState ink = new PDExtendedGraphicsState();
    ink.setBlendMode(BlendMode.MULTIPLY);
    PDImageXObject image = picture.copyInto(template);
    try (PDPageContentStream content = new PDPageContentStream(template, stream)) {
      content.setGraphicsStateParameters(ink);
      content.drawImage(image, 0, 0, area.getWidth(), area.getHeight());
    }
    PDAppearanceDictionary appearance = new PDAppearanceDictionary();
    appearance.getCOSObject().setDirect(true);
    appearance.setNormalAppearance(stream);
    return appearance;
  }
}
