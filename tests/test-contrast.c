/* test-contrast.c — every colour pair that ui/style.css defines meets WCAG AA (4.5:1) with the
 * colours libadwaita really uses, in light and dark (and, run with ADW_DEBUG_HIGH_CONTRAST=1, in
 * high contrast).
 *
 * The rules are read from the style sheet in the GResource. A rule that sets background-color is
 * checked with its own color (or, without one, every text colour libadwaita may draw on it: the
 * window, view and card text and links); a rule that sets only color is checked on the
 * background of the rule it sits in (".lg-in-short link" on ".lg-in-short"), or else on the
 * window, view and card backgrounds. Translucent colours are laid over what is beneath them.
 * Each colour expression is resolved by GTK itself: a probe label gets "color: EXPR" and its
 * computed colour is read back.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-test-utils.h"

typedef struct {
  char *selector;
  char *color;        /* the expression, or NULL */
  char *background;
} Rule;

static void
rule_free (gpointer data)
{
  Rule *rule = data;

  g_free (rule->selector);
  g_free (rule->color);
  g_free (rule->background);
  g_free (rule);
}

static GtkWidget *probe;
static GtkCssProvider *probe_provider;

/* What GTK makes of the CSS colour expression @expr under the current style. */
static GdkRGBA
resolve (const char *expr)
{
  g_autofree char *css = g_strdup_printf ("label.lg-contrast-probe { color: %s; }", expr);
  GdkRGBA rgba;

  gtk_css_provider_load_from_data (probe_provider, css, -1);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (probe), &rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return rgba;
}

static GdkRGBA
over (GdkRGBA top,
      GdkRGBA below)
{
  GdkRGBA out = {
    top.red * top.alpha + below.red * (1 - top.alpha),
    top.green * top.alpha + below.green * (1 - top.alpha),
    top.blue * top.alpha + below.blue * (1 - top.alpha),
    1,
  };
  return out;
}

static double
channel (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (GdkRGBA c)
{
  return 0.2126 * channel (c.red) + 0.7152 * channel (c.green) + 0.0722 * channel (c.blue);
}

/* WCAG 2 contrast ratio of two opaque colours. */
static double
contrast (GdkRGBA a,
          GdkRGBA b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static char *
declaration (const char *body,
             const char *property)
{
  g_auto(GStrv) decls = g_strsplit (body, ";", -1);

  for (guint i = 0; decls[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (decls[i], ":", 2);

      if (kv[0] != NULL && kv[1] != NULL && g_str_equal (g_strstrip (kv[0]), property))
        return g_strdup (g_strstrip (kv[1]));
    }
  return NULL;
}

/* The rules of the app's style sheet that set a colour, one per selector. */
static GPtrArray *
read_rules (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_BASE "/style.css", 0, &error);
  g_autoptr(GRegex) comments = g_regex_new ("/\\*.*?\\*/", G_REGEX_DOTALL, 0, NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) blocks = NULL;
  GPtrArray *rules = g_ptr_array_new_with_free_func (rule_free);

  g_assert_no_error (error);
  text = g_regex_replace_literal (comments, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  0, "", 0, NULL);
  blocks = g_strsplit (text, "}", -1);
  for (guint i = 0; blocks[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (blocks[i], "{", 2);
      g_autofree char *color = NULL;
      g_autofree char *background = NULL;
      g_auto(GStrv) selectors = NULL;

      if (parts[0] == NULL || parts[1] == NULL)
        continue;
      color = declaration (parts[1], "color");
      background = declaration (parts[1], "background-color");
      if (color == NULL && background == NULL)
        continue;
      selectors = g_strsplit (parts[0], ",", -1);
      for (guint j = 0; selectors[j] != NULL; j++)
        {
          Rule *rule = g_new0 (Rule, 1);

          rule->selector = g_strdup (g_strstrip (selectors[j]));
          rule->color = g_strdup (color);
          rule->background = g_strdup (background);
          g_ptr_array_add (rules, rule);
        }
    }
  return rules;
}

/* The rule with a background that @rule's selector lies inside, e.g. ".lg-in-short" for
 * ".lg-in-short link". */
static Rule *
enclosing (GPtrArray *rules,
           Rule      *rule)
{
  for (guint i = 0; i < rules->len; i++)
    {
      Rule *outer = rules->pdata[i];

      if (outer != rule && outer->background != NULL &&
          g_str_has_prefix (rule->selector, outer->selector) &&
          rule->selector[strlen (outer->selector)] == ' ')
        return outer;
    }
  return NULL;
}

/* The opaque surfaces a colour may be drawn on: window, view, and a card on either. */
static void
surfaces (GdkRGBA out[4])
{
  GdkRGBA window = resolve ("@window_bg_color");
  GdkRGBA view = resolve ("@view_bg_color");
  GdkRGBA card = resolve ("@card_bg_color");

  out[0] = over (window, resolve ("black"));
  out[1] = over (view, resolve ("black"));
  out[2] = over (card, out[0]);
  out[3] = over (card, out[1]);
}

static const char *surface_names[] = { "window", "view", "card on window", "card on view" };

/* Text colours libadwaita draws on a background we give no color of our own; from
 * FIRST_LINK on, its link colours, which a "SELECTOR link" rule of ours replaces. */
static const char *inherited[] = {
  "@window_fg_color",
  "@view_fg_color",
  "@card_fg_color",
  "@accent_color",                           /* links */
  "mix(@accent_color, @view_fg_color, 0.2)", /* visited links */
};
#define FIRST_LINK 3

static gboolean
has_rule (GPtrArray  *rules,
          const char *selector)
{
  for (guint i = 0; i < rules->len; i++)
    if (g_str_equal (((Rule *) rules->pdata[i])->selector, selector))
      return TRUE;
  return FALSE;
}

static guint failures;
static guint checked;

static void
check (const char *scheme,
       const char *what,
       const char *fg_expr,
       GdkRGBA     fg,
       const char *bg_what,
       GdkRGBA     bg)
{
  GdkRGBA text = over (fg, bg);
  double ratio = contrast (text, bg);

  checked++;
  g_test_message ("%-8s %5.2f:1  %s: %s on %s", scheme, ratio, what, fg_expr, bg_what);
  if (ratio < 4.5)
    {
      failures++;
      g_printerr ("contrast %.2f:1 is under 4.5:1 in %s: %s: %s on %s\n", ratio, scheme, what, fg_expr, bg_what);
    }
}

static void
check_rule (GPtrArray  *rules,
            Rule       *rule,
            const char *scheme)
{
  g_autofree char *links = g_strconcat (rule->selector, " link", NULL);
  guint n_inherited = has_rule (rules, links) ? FIRST_LINK : G_N_ELEMENTS (inherited);
  GdkRGBA under[4];
  Rule *outer;

  surfaces (under);
  if (rule->background != NULL)
    {
      GdkRGBA bg = resolve (rule->background);

      for (guint s = 0; s < G_N_ELEMENTS (under); s++)
        {
          g_autofree char *bg_what = g_strdup_printf ("%s over %s", rule->background, surface_names[s]);
          GdkRGBA layered = over (bg, under[s]);

          if (rule->color != NULL)
            check (scheme, rule->selector, rule->color, resolve (rule->color), bg_what, layered);
          else
            for (guint f = 0; f < n_inherited; f++)
              check (scheme, rule->selector, inherited[f], resolve (inherited[f]), bg_what, layered);
        }
    }
  else if ((outer = enclosing (rules, rule)) != NULL)
    {
      GdkRGBA bg = resolve (outer->background);

      for (guint s = 0; s < G_N_ELEMENTS (under); s++)
        {
          g_autofree char *bg_what = g_strdup_printf ("%s over %s", outer->background, surface_names[s]);

          check (scheme, rule->selector, rule->color, resolve (rule->color), bg_what, over (bg, under[s]));
        }
    }
  else
    {
      for (guint s = 0; s < G_N_ELEMENTS (under); s++)
        check (scheme, rule->selector, rule->color, resolve (rule->color), surface_names[s], under[s]);
    }
}

static void
set_scheme (AdwColorScheme scheme)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
  lg_test_wait (50);
}

static const char *
scheme_name (gboolean dark)
{
  gboolean hc = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());

  return dark ? (hc ? "hc-dark" : "dark") : (hc ? "hc-light" : "light");
}

/* The arithmetic first, on pairs whose ratios are known. */
static void
test_formula (void)
{
  GdkRGBA black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 }, grey = { 0x77 / 255., 0x77 / 255., 0x77 / 255., 1 };

  g_assert_cmpfloat_with_epsilon (contrast (black, white), 21.0, 0.01);
  g_assert_cmpfloat_with_epsilon (contrast (grey, white), 4.48, 0.01);
  g_assert_cmpfloat_with_epsilon (contrast (white, white), 1.0, 0.001);
}

/* The probe reads libadwaita's real colours, and they follow the scheme. */
static void
test_probe (void)
{
  GdkRGBA light, dark;

  set_scheme (ADW_COLOR_SCHEME_FORCE_LIGHT);
  light = resolve ("@window_bg_color");
  set_scheme (ADW_COLOR_SCHEME_FORCE_DARK);
  dark = resolve ("@window_bg_color");
  set_scheme (ADW_COLOR_SCHEME_DEFAULT);

  g_assert_cmpfloat (luminance (light), >, 0.8);
  g_assert_cmpfloat (luminance (dark), <, 0.1);
  g_assert_cmpfloat (resolve ("alpha(@accent_bg_color, 0.12)").alpha, ==, (float) 0.12);
}

static void
test_style_sheet (void)
{
  g_autoptr(GPtrArray) rules = read_rules ();
  static const gboolean dark[] = { FALSE, TRUE };
  gboolean has_in_short = FALSE, has_legend = FALSE;

  /* The style sheet's coloured rules were found, so the check below is not empty. */
  for (guint i = 0; i < rules->len; i++)
    {
      Rule *rule = rules->pdata[i];

      has_in_short |= g_str_equal (rule->selector, ".lg-in-short");
      has_legend |= g_str_equal (rule->selector, ".lg-legend-number");
    }
  g_assert_true (has_in_short);
  g_assert_true (has_legend);

  failures = checked = 0;
  for (guint d = 0; d < G_N_ELEMENTS (dark); d++)
    {
      const char *scheme;
      GdkRGBA under[4];

      set_scheme (dark[d] ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      g_assert_cmpint (adw_style_manager_get_dark (adw_style_manager_get_default ()), ==, dark[d]);
      scheme = scheme_name (dark[d]);

      /* libadwaita's own text on its surfaces, which our pages use throughout. */
      surfaces (under);
      for (guint s = 0; s < G_N_ELEMENTS (under); s++)
        for (guint f = 0; f < G_N_ELEMENTS (inherited); f++)
          check (scheme, "page text", inherited[f], resolve (inherited[f]), surface_names[s], under[s]);

      for (guint i = 0; i < rules->len; i++)
        check_rule (rules, rules->pdata[i], scheme);
    }
  set_scheme (ADW_COLOR_SCHEME_DEFAULT);

  g_test_message ("%u pairs checked, %u under 4.5:1", checked, failures);
  g_assert_cmpuint (checked, >, 40);
  g_assert_cmpuint (failures, ==, 0);
}

/* Under ADW_DEBUG_HIGH_CONTRAST=1 (the second meson test), libadwaita is really in high contrast. */
static void
test_high_contrast (void)
{
  gboolean wanted = g_strcmp0 (g_getenv ("ADW_DEBUG_HIGH_CONTRAST"), "1") == 0;

  g_assert_cmpint (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()), ==, wanted);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LgApplication) app = NULL;
  int status;

  app = lg_test_init (&argc, &argv);   /* loads style.css as the app does */

  probe = g_object_ref_sink (gtk_label_new (NULL));
  gtk_widget_add_css_class (probe, "lg-contrast-probe");
  probe_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (probe_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER + 10);

  g_test_add_func ("/lg/contrast/formula", test_formula);
  g_test_add_func ("/lg/contrast/probe", test_probe);
  g_test_add_func ("/lg/contrast/style-sheet", test_style_sheet);
  g_test_add_func ("/lg/contrast/high-contrast", test_high_contrast);

  status = g_test_run ();
  g_object_unref (probe_provider);
  g_object_unref (probe);
  return status;
}
