/*
 * OneSeal 一颗印章 — the published flowchart of a power (行政职权运行流程图).
 *
 * The chart is the BPMN model that executes the item, drawn by bpmn-js (NavigatedViewer, served by
 * this application). Beside each user task it writes who does it and how long it may take; steps
 * this item does not have are greyed out; for one application it marks the steps passed and the one
 * it stands at. Every text comes from the page (data-* attributes filled from the bundles), so the
 * script holds no words of its own.
 *
 * Container (see resources/os/flowchart.xhtml):
 *   <div class="os-flowchart" data-xml-url data-annotations-url [data-progress-url] data-lang
 *        data-text-days data-text-days-both data-text-skipped data-text-error data-role-<role>>
 *     <div class="os-flowchart-canvas"></div> [<ul class="os-flowchart-names">] [zoom buttons]
 *   </div>
 * The diagram is drawn at a readable scale inside the canvas frame, which scrolls sideways when the
 * diagram is wider than the page; the buttons zoom, and "fit" shows the whole diagram at once.
 * When drawn, the container gets data-rendered="true" (browser tests wait for it); on failure
 * data-rendered="error" and a message in place of the chart.
 */
(function () {
  'use strict';

  var PADDING = 24;
  var ZOOM_STEP = 1.2;
  var MAX_SCALE = 2;
  /** Below this the model's labels are too small to read: the frame scrolls instead. */
  var MIN_READABLE_SCALE = 0.85;
  /** The width of the chart's frame on an A4 page with the guide's margins, in CSS pixels. */
  var PRINT_WIDTH = 640;

  function fetchOk(url, accept) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: accept } }).then(function (response) {
      if (!response.ok) {
        throw new Error('GET ' + url + ' -> ' + response.status);
      }
      return response;
    });
  }

  function fetchText(url) {
    return fetchOk(url, 'application/xml').then(function (r) {
      return r.text();
    });
  }

  function fetchJson(url) {
    return fetchOk(url, 'application/json').then(function (r) {
      return r.json();
    });
  }

  /** "{0} 个工作日" with its arguments. */
  function format(pattern, args) {
    return String(pattern || '').replace(/\{(\d+)\}/g, function (whole, index) {
      var value = args[Number(index)];
      return value === undefined || value === null ? whole : String(value);
    });
  }

  function camel(text) {
    return String(text).replace(/[-_]+(.)?/g, function (whole, c) {
      return c ? c.toUpperCase() : '';
    });
  }

  function roleLabel(container, role) {
    if (!role) {
      return '';
    }
    var key = camel('role-' + role);
    return container.dataset[key] || role;
  }

  function timeLabel(container, note) {
    if (note.days !== null && note.days !== undefined && note.promisedDays !== null && note.promisedDays !== undefined) {
      return format(container.dataset.textDaysBoth, [note.days, note.promisedDays]);
    }
    if (note.days !== null && note.days !== undefined) {
      return format(container.dataset.textDays, [note.days]);
    }
    return '';
  }

  /** The English names of the model's elements, when the page is English (a hidden list). */
  function translatedNames(container) {
    var names = {};
    var list = container.querySelectorAll('.os-flowchart-names [data-id]');
    Array.prototype.forEach.call(list, function (item) {
      var text = item.textContent.trim();
      if (text && text.indexOf('???') !== 0) {
        names[item.getAttribute('data-id')] = text;
      }
    });
    return names;
  }

  /** Replaces the names of the model's elements by the page's language before the chart is drawn. */
  function translate(xml, names) {
    if (!Object.keys(names).length || typeof DOMParser === 'undefined') {
      return xml;
    }
    var doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) {
      return xml;
    }
    var all = doc.getElementsByTagName('*');
    for (var i = 0; i < all.length; i++) {
      var id = all[i].getAttribute('id');
      if (id && all[i].hasAttribute('name') && Object.prototype.hasOwnProperty.call(names, id)) {
        all[i].setAttribute('name', names[id]);
      }
    }
    return new XMLSerializer().serializeToString(doc);
  }

  function annotationOverlay(container, element, note) {
    var box = document.createElement('div');
    box.className = 'os-step-note' + (note.skipped ? ' os-step-note-skipped' : '');
    box.style.width = element.width + 'px';
    var text = document.createElement('span');
    if (note.skipped) {
      text.textContent = container.dataset.textSkipped || '';
    } else {
      var role = roleLabel(container, note.role);
      var time = timeLabel(container, note);
      text.textContent = role && time ? role + ' · ' + time : role || time;
    }
    box.appendChild(text);
    return box;
  }

  /**
   * How far events attached to the bottom of a task (such as the acceptance deadline's timer) and
   * their labels reach below it: the note goes under them.
   */
  function attachedBelow(element) {
    var bottom = element.y + element.height;
    var reach = 0;
    (element.attachers || []).forEach(function (attached) {
      reach = Math.max(reach, attached.y + attached.height - bottom);
      if (attached.label) {
        reach = Math.max(reach, attached.label.y + attached.label.height - bottom);
      }
    });
    return reach;
  }

  function annotate(viewer, container, annotations) {
    var canvas = viewer.get('canvas');
    var overlays = viewer.get('overlays');
    var registry = viewer.get('elementRegistry');
    Object.keys(annotations || {}).forEach(function (id) {
      var element = registry.get(id);
      var note = annotations[id];
      if (!element || !note) {
        return;
      }
      if (note.skipped) {
        canvas.addMarker(id, 'os-skipped');
      }
      var overlay = annotationOverlay(container, element, note);
      if (overlay.textContent) {
        overlays.add(id, 'os-step-note', {
          position: { bottom: -(4 + attachedBelow(element)), left: 0 },
          html: overlay
        });
      }
    });
  }

  function markProgress(viewer, progress) {
    var canvas = viewer.get('canvas');
    var registry = viewer.get('elementRegistry');
    var passed = {};
    var current = {};
    (progress.passed || []).forEach(function (id) {
      passed[id] = true;
    });
    (progress.current || []).forEach(function (id) {
      current[id] = true;
    });
    Object.keys(passed).forEach(function (id) {
      if (registry.get(id) && !current[id]) {
        canvas.addMarker(id, 'os-passed');
      }
    });
    Object.keys(current).forEach(function (id) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'os-current');
      }
    });
    // a flow is taken when it leads from a passed step to a passed or the current step
    registry
      .filter(function (element) {
        return element.type === 'bpmn:SequenceFlow';
      })
      .forEach(function (flow) {
        var bo = flow.businessObject;
        var source = bo.sourceRef && bo.sourceRef.id;
        var target = bo.targetRef && bo.targetRef.id;
        if (passed[source] && (passed[target] || current[target])) {
          canvas.addMarker(flow.id, 'os-passed');
        }
      });
  }

  /**
   * Sizes the drawing for a scale: as wide as the diagram needs (the frame scrolls sideways when it
   * is wider than the page) and as high as it needs, centred in the frame when it is narrower.
   */
  function layout(chart, scale) {
    var canvas = chart.viewer.get('canvas');
    var inner = chart.bounds;
    var available = chart.frame.clientWidth;
    var width = Math.max(available, Math.ceil(inner.width * scale + 2 * PADDING));
    var height = Math.ceil(inner.height * scale + 2 * PADDING);
    chart.diagram.style.width = width + 'px';
    chart.diagram.style.height = height + 'px';
    canvas.resized();
    canvas.viewbox({
      x: inner.x + inner.width / 2 - width / scale / 2,
      y: inner.y - PADDING / scale,
      width: width / scale,
      height: height / scale
    });
    chart.scale = scale;
  }

  /** Scrolls the frame so that the step the application stands at is in view. */
  function showCurrent(chart, current) {
    var registry = chart.viewer.get('elementRegistry');
    var viewbox = chart.viewer.get('canvas').viewbox();
    var element = current
      .map(function (id) {
        return registry.get(id);
      })
      .filter(function (e) {
        return e && e.type !== 'label';
      })[0];
    if (element) {
      var centre = (element.x + element.width / 2 - viewbox.x) * viewbox.scale;
      chart.frame.scrollLeft = Math.max(0, centre - chart.frame.clientWidth / 2);
    }
  }

  /** The scale at which the whole diagram fits the frame's width. */
  function overviewScale(chart, available) {
    return Math.min(MAX_SCALE, (available - 2 * PADDING) / chart.bounds.width);
  }

  /** Readable by default: the whole diagram when it fits at a readable size, else scroll. */
  function readableScale(chart) {
    return Math.max(MIN_READABLE_SCALE, Math.min(1, overviewScale(chart, chart.frame.clientWidth)));
  }

  function wireButtons(chart) {
    function on(selector, action) {
      var button = chart.container.querySelector(selector);
      if (button) {
        button.addEventListener('click', function (event) {
          event.preventDefault();
          chart.mode = 'custom';
          action();
        });
      }
    }
    on('.os-flowchart-zoom-in', function () {
      layout(chart, Math.min(MAX_SCALE, chart.scale * ZOOM_STEP));
    });
    on('.os-flowchart-zoom-out', function () {
      var smallest = Math.min(overviewScale(chart, chart.frame.clientWidth), MIN_READABLE_SCALE);
      layout(chart, Math.max(smallest, chart.scale / ZOOM_STEP));
    });
    on('.os-flowchart-fit', function () {
      chart.mode = 'overview';
      layout(chart, overviewScale(chart, chart.frame.clientWidth));
    });
  }

  /** Keeps the chart fitted when the window changes, and prints it whole on the page's width. */
  function followWindow(chart) {
    var timer = null;
    window.addEventListener('resize', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        if (chart.printing) {
          return;
        }
        if (chart.mode === 'overview') {
          layout(chart, overviewScale(chart, chart.frame.clientWidth));
        } else if (chart.mode === 'readable') {
          layout(chart, readableScale(chart));
        } else {
          layout(chart, chart.scale);
        }
      }, 150);
    });
    window.addEventListener('beforeprint', function () {
      chart.printing = true;
      chart.scaleBeforePrint = chart.scale;
      chart.frame.scrollLeft = 0;
      layout(chart, overviewScale(chart, Math.min(chart.frame.clientWidth, PRINT_WIDTH)));
      chart.diagram.style.width = '100%';
    });
    window.addEventListener('afterprint', function () {
      chart.printing = false;
      layout(chart, chart.scaleBeforePrint);
    });
  }

  function fail(container, frame, error) {
    if (window.console) {
      window.console.error('flowchart', error);
    }
    var message = document.createElement('p');
    message.className = 'os-flowchart-error';
    message.setAttribute('role', 'alert');
    message.textContent = container.dataset.textError || '';
    frame.innerHTML = '';
    frame.appendChild(message);
    container.setAttribute('data-rendered', 'error');
  }

  function render(container) {
    if (container.hasAttribute('data-rendered') || container.getAttribute('data-rendering') === 'true') {
      return;
    }
    container.setAttribute('data-rendering', 'true');
    var frame = container.querySelector('.os-flowchart-canvas') || container;
    if (typeof window.BpmnJS !== 'function') {
      fail(container, frame, new Error('bpmn-js is not loaded'));
      return;
    }
    var data = container.dataset;
    Promise.all([
      fetchText(data.xmlUrl),
      fetchJson(data.annotationsUrl),
      data.progressUrl ? fetchJson(data.progressUrl) : Promise.resolve(null)
    ])
      .then(function (answers) {
        frame.innerHTML = '';
        var diagram = document.createElement('div');
        diagram.className = 'os-flowchart-diagram';
        frame.appendChild(diagram);
        // the frame scrolls natively; the viewer's own drag-to-pan would only shift the drawing
        diagram.addEventListener('mousedown', stop, true);
        var viewer = new window.BpmnJS({ container: diagram, zoomScroll: { enabled: false } });
        var xml = data.lang === 'en' ? translate(answers[0], translatedNames(container)) : answers[0];
        return viewer.importXML(xml).then(function () {
          annotate(viewer, container, answers[1]);
          if (answers[2]) {
            markProgress(viewer, answers[2]);
          }
          // the drawing is the picture (role img), not its frame: the frame also holds bpmn-js's
          // "powered by" link, and a control inside an image is hidden from screen readers (axe:
          // nested-interactive); this viewer edits nothing, so the drawing is no focus stop either
          var drawing = diagram.querySelector('svg');
          if (drawing && frame.getAttribute('role') === 'img') {
            drawing.setAttribute('role', 'img');
            drawing.setAttribute('aria-label', frame.getAttribute('aria-label') || '');
            drawing.removeAttribute('tabindex');
            frame.removeAttribute('role');
            frame.removeAttribute('aria-label');
          }
          var canvas = viewer.get('canvas');
          canvas.zoom(1);
          var chart = {
            container: container,
            frame: frame,
            diagram: diagram,
            viewer: viewer,
            bounds: canvas.viewbox().inner,
            mode: 'readable',
            scale: 1
          };
          layout(chart, readableScale(chart));
          if (answers[2]) {
            showCurrent(chart, answers[2].current || []);
          }
          wireButtons(chart);
          followWindow(chart);
          container.removeAttribute('data-rendering');
          container.setAttribute('data-rendered', 'true');
        });
      })
      .catch(function (error) {
        container.removeAttribute('data-rendering');
        fail(container, frame, error);
      });
  }

  function stop(event) {
    event.stopPropagation();
  }

  function renderAll() {
    Array.prototype.forEach.call(document.querySelectorAll('.os-flowchart'), render);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', renderAll);
  } else {
    renderAll();
  }

  window.OneSealFlowchart = { renderAll: renderAll };
})();
