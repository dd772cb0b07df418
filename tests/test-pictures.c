/* test-pictures.c — the picture check: the guide's own pictures pass it; every hostile class is
 * refused before librsvg sees it, with a message that says where; the worst picture it lets
 * through draws within 1 s and 256 MiB; librsvg's messages come out clean.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <sys/resource.h>

#include "lg-content-error.h"
#include "lg-picture-check.h"
#include "lg-picture.h"

#define SVG_START "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"320\" " \
                  "viewBox=\"0 0 480 320\">"

/* Every picture the guide ships passes the same check as a clinic's. */
static void
test_bundled (void)
{
  const char *dir = RESOURCE_BASE "/illustrations";
  g_auto(GStrv) names = g_resources_enumerate_children (dir, 0, NULL);
  gint64 start = g_get_monotonic_time ();

  g_assert_nonnull (names);
  g_assert_cmpuint (g_strv_length (names), >=, 10);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_path ("/", dir, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      g_autoptr(GError) error = NULL;

      g_assert_nonnull (bytes);
      if (!lg_picture_check (bytes, &error))
        g_error ("%s: %s", names[i], error->message);
    }
  g_test_message ("the check took %.1f ms for %u bundled pictures",
                  (g_get_monotonic_time () - start) / 1000.0, g_strv_length (names));
}

static void
assert_refused (const char *name,
                GBytes     *bytes,
                const char *expected)
{
  g_autoptr(GError) error = NULL;

  if (lg_picture_check (bytes, &error))
    g_error ("%s: passed the picture check", name);
  g_test_message ("%s: %s", name, error->message);
  g_assert_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_BAD_IMAGE);
  g_assert_true (g_str_has_prefix (error->message, "is not a picture the guide draws: "));
  if (strstr (error->message, expected) == NULL)
    g_error ("%s: \"%s\" does not say \"%s\"", name, error->message, expected);
}

/* The hostile seeds of the picture fuzzer (tests/fuzz/pictures/hostile-*.svg), one per class, each
 * refused for its own reason. */
static void
test_hostile_files (void)
{
  static const struct { const char *file, *expected; } cases[] = {
    { "hostile-convolve.svg", "line 1: <filter> is not allowed" },
    { "hostile-turbulence.svg", "line 1: <filter> is not allowed" },
    { "hostile-font-size.svg", "line 1: <text font-size=\"…\">: a number is larger than 100000" },
    { "hostile-font-size-relative.svg", "a font size is a number of pixels or points" },
    { "hostile-image.svg", "line 1: <image> is not allowed" },
    { "hostile-svgz.svg", "is compressed (.svgz)" },
    { "hostile-doctype.svg", "a DOCTYPE is not allowed" },
    { "hostile-external-href.svg", "<image> is not allowed" },
    { "hostile-external-fill.svg", "<rect fill=\"…\">: url() may only name an element of this file" },
    { "hostile-external-gradient.svg", "<linearGradient href=\"…\">: may only name an element of this file" },
    { "hostile-nesting.svg", "elements are nested more than 16 deep" },
    { "hostile-elements.svg", "the picture has more than 200 elements" },
    { "hostile-use-chain.svg", "<use> is not allowed" },
    { "hostile-style-element.svg", "<style> is not allowed" },
    { "hostile-style-attribute.svg", "the style property \"filter\" is not allowed" },
    { "hostile-script.svg", "<script> is not allowed" },
    { "hostile-foreign-object.svg", "<foreignObject> is not allowed" },
    { "hostile-xinclude.svg", "the element xi:include is not allowed" },
    { "hostile-stylesheet.svg", "line 1: processing instructions (<?…?>) are not allowed" },
    { "hostile-mask.svg", "<mask> is not allowed" },
    { "hostile-scale.svg", "enlarge more than 100 times" },
    { "hostile-pattern-tile.svg", "the pattern \"p\" is drawn larger than the picture" },
    { "hostile-dashes.svg", "the dashed lines have more than 200000 dashes" },
    { "hostile-opacity.svg", "more than 8 elements have an opacity" },
    { "hostile-opacity-nested.svg", "<g> has an opacity inside an element with an opacity" },
    { "hostile-size.svg", "<svg> is larger than 4096 pixels" },
    { "hostile-aspect.svg", "<svg> is more than 3 times as wide as it is tall, or 1.5 times as tall as it is wide" },
    { "hostile-number.svg", "a number is larger than 100000" },
  };
  g_autoptr(GDir) dir = g_dir_open (g_test_get_filename (G_TEST_DIST, "fuzz", "pictures", NULL), 0, NULL);
  guint n_hostile = 0;
  const char *name;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", "pictures", cases[i].file, NULL);
      g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
      g_autoptr(GBytes) bytes = NULL;

      g_assert_nonnull (file);
      bytes = g_mapped_file_get_bytes (file);
      assert_refused (cases[i].file, bytes, cases[i].expected);
    }
  /* Every hostile seed is in the table. */
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    n_hostile += g_str_has_prefix (name, "hostile-");
  g_assert_cmpuint (n_hostile, ==, G_N_ELEMENTS (cases));
}

static GBytes *
repeat (const char *start,
        const char *unit,
        guint       n,
        const char *end)
{
  GString *s = g_string_new (start);

  for (guint i = 0; i < n; i++)
    g_string_append (s, unit);
  g_string_append (s, end);
  return g_string_free_to_bytes (s);
}

/* The classes too big for a seed file, at full size: each refused, quickly. */
static void
test_hostile_large (void)
{
  g_autoptr(GBytes) million = repeat (SVG_START, "<g/>", 1000000, "</svg>");
  g_autoptr(GBytes) deep = NULL;
  g_autoptr(GBytes) inflated = repeat (SVG_START, "<rect width=\"1\" height=\"1\"/>", 400000, "</svg>");
  g_autoptr(GBytes) compressed = NULL;
  g_autoptr(GBytes) laughs = NULL;
  g_autoptr(GString) nested = g_string_new (SVG_START);
  g_autoptr(GString) entities = g_string_new ("<!DOCTYPE svg [<!ENTITY l0 \"lol\">");
  g_autoptr(GConverter) gzip = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9));
  g_autoptr(GInputStream) plain = g_memory_input_stream_new_from_bytes (inflated);
  g_autoptr(GInputStream) zipped = g_converter_input_stream_new (plain, gzip);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  gint64 start = g_get_monotonic_time ();

  assert_refused ("1e6 elements", million, "the picture has more than 200 elements");

  for (guint i = 0; i < 100000; i++)
    g_string_append (nested, "<g>");
  deep = g_string_free_to_bytes (g_steal_pointer (&nested));
  assert_refused ("100000 nested groups", deep, "elements are nested more than 16 deep");

  /* A gzip stream of 1 MiB or less that would inflate to 12 MB. */
  g_assert_cmpint (g_output_stream_splice (out, zipped, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                           G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, NULL), >, 0);
  compressed = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  g_assert_cmpuint (g_bytes_get_size (compressed) * 100, <, g_bytes_get_size (inflated));
  assert_refused ("svgz bomb", compressed, "is compressed (.svgz)");

  /* Billion laughs: ten levels of ten, 3 GB once expanded. */
  for (guint i = 1; i <= 9; i++)
    {
      g_string_append_printf (entities, "<!ENTITY l%u \"", i);
      for (guint j = 0; j < 10; j++)
        g_string_append_printf (entities, "&l%u;", i - 1);
      g_string_append (entities, "\">");
    }
  g_string_append (entities, "]>" SVG_START "<text y=\"20\">&l9;</text></svg>");
  laughs = g_string_free_to_bytes (g_steal_pointer (&entities));
  assert_refused ("billion laughs", laughs, "a DOCTYPE is not allowed");

  g_test_message ("refusing the large classes took %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

/* What a drawing program writes, and plain drawing with every allowed element, pass. */
static void
test_allowed (void)
{
  static const char * const pictures[] = {
    SVG_START "<rect width=\"480\" height=\"320\" fill=\"#fff\"/></svg>",
    /* Inkscape's own elements and attributes, and RDF metadata. */
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
    "<!-- Created with Inkscape -->\n"
    "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\""
    " xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\""
    " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:cc=\"http://creativecommons.org/ns#\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" width=\"210mm\" height=\"297mm\" viewBox=\"0 0 210 297\""
    " version=\"1.1\" id=\"svg5\" inkscape:version=\"1.2\" sodipodi:docname=\"map.svg\">"
    "<sodipodi:namedview id=\"nv\" pagecolor=\"#ffffff\" inkscape:zoom=\"0.7\"/>"
    "<metadata id=\"m\"><rdf:RDF><cc:Work rdf:about=\"\"><dc:title>Map</dc:title></cc:Work></rdf:RDF></metadata>"
    "<g inkscape:label=\"Layer 1\" inkscape:groupmode=\"layer\" id=\"layer1\">"
    "<path style=\"fill:#1a5fb4;fill-opacity:1;stroke:#000000;stroke-width:0.26px;stroke-linecap:butt\""
    " d=\"m 10,10 h 50 v 30 z\" id=\"path1\" sodipodi:nodetypes=\"cccc\"/>"
    "<text xml:space=\"preserve\" style=\"font-size:10.5833px;font-family:sans-serif\" x=\"20\" y=\"80\">"
    "<tspan sodipodi:role=\"line\" x=\"20\" y=\"80\">Door 2</tspan></text></g></svg>",
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", "pictures", "good-shapes.svg", NULL);
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  g_autoptr(GBytes) shapes = g_mapped_file_get_bytes (file);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (pictures); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (pictures[i], strlen (pictures[i]));

      if (!lg_picture_check (bytes, &error))
        g_error ("picture %u: %s", i, error->message);
    }
  if (!lg_picture_check (shapes, &error))
    g_error ("good-shapes.svg: %s", error->message);
}

/* librsvg passes libxml2's messages on with their line break, and sometimes a stray byte after
 * it, which a message line showed as U+FFFD. */
static void
test_clean_message (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("<svg", 4);
  g_autoptr(GError) error = NULL;
  g_autofree char *a = lg_picture_clean_message ("Error domain 1 code 5 on line 1: Extra content\n");
  g_autofree char *b = lg_picture_clean_message ("Premature end of data\n\xff");
  g_autofree char *c = lg_picture_clean_message (" Start tag expected\n\xef\xbf\xbd \x01");
  const char *end;

  g_assert_cmpstr (a, ==, "Error domain 1 code 5 on line 1: Extra content");
  g_assert_cmpstr (b, ==, "Premature end of data");
  g_assert_cmpstr (c, ==, "Start tag expected");

  g_assert_null (lg_picture_new_from_bytes (bytes, &error));
  g_test_message ("%s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_null (strstr (error->message, "\xef\xbf\xbd"));
  g_assert_null (strchr (error->message, '\n'));
  end = error->message + strlen (error->message);
  g_assert_cmpint (end[-1], ==, ')');
}

/* The picture fuzzer's first finding: libxml2's message about bytes that are not UTF-8 has a
 * line break inside, and quotes the bytes. A refusal is one line of valid UTF-8. */
static void
test_message_one_line (void)
{
  static const char picture[] = SVG_START "<path d=\"M0,0\" stroke-dasharr\xff\xff\xff=\"1\"/></svg>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (picture, sizeof picture - 1);
  g_autoptr(GError) error = NULL;

  g_assert_false (lg_picture_check (bytes, &error));
  g_test_message ("%s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_nonnull (strstr (error->message, "line 1: is not well-formed XML ("));
}

/* CPU time used so far, in seconds: the work drawing takes, whatever else the machine runs. */
static double
cpu_seconds (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static double
peak_rss_mib (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return usage.ru_maxrss / 1024.0;
}

/* The worst picture the check lets through, as far as drawing costs: tall (the window draws it
 * largest), every opacity layer nested, every pattern use with full tiles, all the text at the
 * largest size, every dash, and the rest of the elements as large filled and stroked paths. */
static GBytes *
worst_allowed (void)
{
  GString *s = g_string_new ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1024\" height=\"1536\""
                             " viewBox=\"0 0 1024 1536\">");
  guint n = 1, depth = 0;

  g_string_append (s, "<defs><pattern id=\"p\" width=\"1024\" height=\"1536\" patternUnits=\"userSpaceOnUse\">");
  for (guint i = 0; i < LG_PICTURE_MAX_IN_PATTERNS - 1; i++, n++)
    g_string_append_printf (s, "<circle cx=\"%u\" cy=\"%u\" r=\"900\" fill=\"#%06x\" stroke=\"#000\""
                            " stroke-width=\"40\" fill-opacity=\"0.5\"/>", i * 5, i * 20, i * 9973);
  g_string_append (s, "</pattern></defs>");
  n += 3;
  /* Every level of nesting, the innermost group an opacity layer (they may not nest). */
  for (; depth < LG_PICTURE_MAX_DEPTH - 1; depth++, n++)
    g_string_append_printf (s, "<g%s transform=\"rotate(%u 512 768)\">",
                            depth == LG_PICTURE_MAX_DEPTH - 2 ? " opacity=\"0.9\"" : "", depth);
  g_string_append (s, "<rect width=\"1024\" height=\"1536\" fill=\"#2ec27e\"/>");
  n++;
  for (; depth > 0; depth--)
    g_string_append (s, "</g>");
  for (guint i = 0; i < LG_PICTURE_MAX_PATTERN_USES; i++, n++)
    g_string_append (s, "<rect width=\"1024\" height=\"1536\" fill=\"url(#p)\"/>");
  for (guint i = 0; i < LG_PICTURE_MAX_OPACITY - 1; i++, n++)
    g_string_append (s, "<rect width=\"1024\" height=\"1536\" fill=\"#1a5fb4\" opacity=\"0.5\"/>");
  for (guint i = 0; i < 10; i++, n++)
    {
      g_string_append_printf (s, "<text x=\"0\" y=\"%u\" font-size=\"%d\" stroke=\"#000\">", 200 + i * 130,
                              LG_PICTURE_MAX_FONT_SIZE);
      for (guint j = 0; j < LG_PICTURE_MAX_TEXT / 10 / 10; j++)
        g_string_append (s, "Liver Wé ");
      g_string_append (s, "</text>");
    }
  /* As many dashes as allowed (the check counts a path's numbers four times over): four lines
   * 9900 long, dashed every 1. */
  for (guint i = 0; i < 4; i++, n++)
    g_string_append_printf (s, "<path d=\"M 0 %u L 9900 %u\" stroke=\"#000\" stroke-width=\"4\""
                            " stroke-dasharray=\"0.5\"/>", i * 2, i * 2 + 1);
  for (; n < LG_PICTURE_MAX_ELEMENTS; n++)
    {
      g_string_append (s, "<path stroke=\"#3d3846\" stroke-width=\"30\" stroke-linejoin=\"round\" fill=\"#f6d5c3\" d=\"M 0 0");
      for (guint k = 0; k < 12; k++)
        g_string_append_printf (s, " L %u %u", (n * 37 + k * 331) % 1024, (n * 91 + k * 1297) % 1536);
      g_string_append (s, " Z\"/>");
    }
  for (guint i = 0; i < depth; i++)
    g_string_append (s, "</g>");
  g_string_append (s, "</svg>");
  return g_string_free_to_bytes (s);
}

static void
test_worst_allowed (void)
{
  g_autoptr(GBytes) bytes = worst_allowed ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) handle = NULL;
  RsvgRectangle viewport = { 0, 0, 1120, 1680 };
  double before = peak_rss_mib (), after;
  gint64 start;
  double seconds, cpu;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_test_message ("the worst allowed picture: %zu bytes", g_bytes_get_size (bytes));
  g_assert_cmpuint (g_bytes_get_size (bytes), <=, 1024 * 1024);
  if (!lg_picture_check (bytes, &error))
    g_error ("%s", error->message);

  /* As large as the window draws it: 560 pixels wide at scale 2, 1.5 times as tall. */
  start = g_get_monotonic_time ();
  cpu = cpu_seconds ();
  handle = G_OBJECT (lg_picture_new_from_bytes (bytes, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, viewport.width, viewport.height);
  cr = cairo_create (surface);
  g_assert_true (rsvg_handle_render_document (RSVG_HANDLE (handle), cr, &viewport, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  cpu = cpu_seconds () - cpu;
  after = peak_rss_mib ();
  g_test_message ("drawn at 1120×1680 in %.2f s CPU (%.2f s wall clock); peak RSS %.0f MiB before, "
                  "%.0f MiB after (+%.0f MiB)", cpu, seconds, before, after, after - before);
#if defined(__SANITIZE_ADDRESS__)
  g_test_message ("(AddressSanitizer: the bounds are not checked)");
#else
  /* CPU time, not wall clock: a loaded machine (the CI's, a shared one) stretches the latter. */
  g_assert_cmpfloat (cpu, <=, 1.0);
  g_assert_cmpfloat (after - before, <=, 256.0);
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lg/pictures/bundled", test_bundled);
  g_test_add_func ("/lg/pictures/hostile-files", test_hostile_files);
  g_test_add_func ("/lg/pictures/hostile-large", test_hostile_large);
  g_test_add_func ("/lg/pictures/allowed", test_allowed);
  g_test_add_func ("/lg/pictures/clean-message", test_clean_message);
  g_test_add_func ("/lg/pictures/message-one-line", test_message_one_line);
  g_test_add_func ("/lg/pictures/worst-allowed", test_worst_allowed);
  return g_test_run ();
}
