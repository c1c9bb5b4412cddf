package cn.oneseal.web.view.shared;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;

/**
 * Gives the application's own resources (style sheets, scripts, bpmn-js) a version in their
 * address, as PrimeFaces does for its own ({@code v=15.0.9}), so that browsers may keep them for a
 * year (see ResponseHeadersFilter): the version is this deployment's start, so a new release — or a
 * restart — is fetched anew.
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

  /** The version of this deployment's resources. */
  static final String VERSION = Long.toString(System.currentTimeMillis(), 36);

  public VersionedResourceHandler(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String resourceName) {
    return versioned(super.createResource(resourceName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName) {
    return versioned(super.createResource(resourceName, libraryName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName, String contentType) {
    return versioned(super.createResource(resourceName, libraryName, contentType));
  }

  private static Resource versioned(Resource resource) {
    return resource == null ? null : new Versioned(resource);
  }

  /** A resource whose address carries {@code v=}, unless it has one already. */
  static final class Versioned extends ResourceWrapper {

    Versioned(Resource wrapped) {
      super(wrapped);
    }

    @Override
    public String getRequestPath() {
      return withVersion(super.getRequestPath());
    }

    static String withVersion(String path) {
      if (path == null || path.contains("?v=") || path.contains("&v=")) {
        return path;
      }
      return path + (path.indexOf('?') < 0 ? '?' : '&') + "v=" + VERSION;
    }
  }
}
