/* lg-text-scale.c
 *
 * The reader's text size (75% to 300%). GTK 4.8's CSS has no calc(), so the sizes are computed
 * here and loaded as one CSS provider for the display, rewritten whenever the text-scale or
 * exam-room-text-scale setting or the system font changes:
 *
 *   .lg-scaled { font-size: 16.5pt; }            every label below inherits it
 *   .lg-scaled popover { font-size: 16.5pt; }    …and in popovers such as glossary definitions
 *   .lg-scaled .title-1 { font-size: 30pt; }     libadwaita's classes with absolute sizes
 *   .lg-scaled .lg-exam-room … { … }             the same for what exam-room mode shows
 *
 * A view needs no code of its own to follow the text size: put it under the window's content
 * area (which carries "lg-scaled"), use libadwaita's typography classes, and give any size of its
 * own in em.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lg-settings.h"
#include "lg-text-scale-private.h"

struct _LgTextScale
{
  GObject parent_instance;

  GdkDisplay *display;
  LgSettings *settings;
  GtkCssProvider *provider;
  char *css;
};

G_DEFINE_FINAL_TYPE (LgTextScale, lg_text_scale, G_TYPE_OBJECT)

/* The sizes a person steps through with Ctrl+plus and Ctrl+minus. */
static const double steps[] = { 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0 };

/* libadwaita 1.2's typography classes that set an absolute size, in points. */
static const struct {
  const char *name;
  double points;
} classes[] = {
  { "large-title", 24 },
  { "title-1", 20 },
  { "title-2", 15 },
  { "title-3", 15 },
  { "title-4", 13 },
  { "heading", 11 },
  { "body", 11 },
  { "caption-heading", 9 },
  { "caption", 9 },
};

/* The next step up (@direction > 0) or down from @scale, or @scale itself at either end. */
double
lg_text_scale_step (double scale,
                    int    direction)
{
  if (direction > 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
        if (steps[i] > scale + 0.001)
          return steps[i];
    }
  else if (direction < 0)
    {
      for (guint i = G_N_ELEMENTS (steps); i > 0; i--)
        if (steps[i - 1] < scale - 0.001)
          return steps[i - 1];
    }
  return CLAMP (scale, steps[0], steps[G_N_ELEMENTS (steps) - 1]);
}

/* "150%" for 1.5. */
char *
lg_text_scale_format (double scale)
{
  /* TRANSLATORS: a text size, e.g. "150%" */
  return g_strdup_printf (_("%d%%"), (int) (scale * 100 + 0.5));
}

static gboolean
step_to_index (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  double scale = lg_text_scale_step (g_value_get_double (from), 0);
  guint nearest = 0;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (fabs (steps[i] - scale) < fabs (steps[nearest] - scale))
      nearest = i;
  g_value_set_uint (to, nearest);
  return TRUE;
}

static gboolean
index_to_step (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  guint i = g_value_get_uint (from);

  g_value_set_double (to, steps[MIN (i, G_N_ELEMENTS (steps) - 1)]);
  return TRUE;
}

/* Makes @row a choice of the text size steps, kept in step with the @property ("text-scale" or
 * "exam-room-text-scale") of @settings (Preferences). */
void
lg_text_scale_bind_combo_row (LgSettings  *settings,
                              const char  *property,
                              AdwComboRow *row)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *label = lg_text_scale_format (steps[i]);
      gtk_string_list_append (labels, label);
    }
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  g_object_bind_property_full (settings, property, row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               step_to_index, index_to_step, NULL, NULL);
}

/* The size of the system's interface font, in points. */
static double
base_points (LgTextScale *self)
{
  g_autofree char *font_name = NULL;
  PangoFontDescription *desc;
  double points = 11;

  g_object_get (gtk_settings_get_for_display (self->display), "gtk-font-name", &font_name, NULL);
  if (font_name == NULL)
    return points;
  desc = pango_font_description_from_string (font_name);
  if (pango_font_description_get_size (desc) > 0)
    {
      points = (double) pango_font_description_get_size (desc) / PANGO_SCALE;
      if (pango_font_description_get_size_is_absolute (desc))
        points *= 0.75; /* device units are pixels at 96 dpi */
    }
  pango_font_description_free (desc);
  return points;
}

static void
append_rule (GString    *css,
             const char *selector,
             double      points)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  /* CSS wants a dot whatever the locale's decimal separator. */
  g_string_append_printf (css, "%s { font-size: %spt; }\n", selector,
                          g_ascii_formatd (number, sizeof number, "%.2f", points));
}

static void
append_rules (GString    *css,
              const char *scope,
              double      scale,
              double      base)
{
  g_autofree char *popovers = g_strconcat (scope, " popover", NULL);

  append_rule (css, scope, base * scale);
  /* libadwaita resets the font in popovers ("font: initial"). */
  append_rule (css, popovers, base * scale);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      g_autofree char *selector = g_strdup_printf ("%s .%s, %s.%s", scope, classes[i].name,
                                                   scope, classes[i].name);
      append_rule (css, selector, classes[i].points * scale);
    }
}

static void
update (LgTextScale *self)
{
  g_autoptr(GString) css = g_string_new ("/* generated by lg-text-scale.c */\n");
  double base = base_points (self);
  double scale = lg_settings_get_text_scale (self->settings, FALSE);
  double exam = lg_settings_get_text_scale (self->settings, TRUE);

  append_rules (css, "." LG_TEXT_SCALE_CLASS, scale, base);
  /* The parts of the window that exam-room mode shows carry the class (not the window: the topic
   * pages it keeps hidden then need no new style on entering and leaving), inside the scaled
   * content or scaled themselves. */
  append_rules (css, "." LG_TEXT_SCALE_CLASS " ." LG_EXAM_ROOM_CLASS, exam, base);
  append_rules (css, "." LG_EXAM_ROOM_CLASS "." LG_TEXT_SCALE_CLASS, exam, base);
  if (g_strcmp0 (css->str, self->css) == 0)
    return;
  g_free (self->css);
  self->css = g_string_free (g_steal_pointer (&css), FALSE);
  gtk_css_provider_load_from_data (self->provider, self->css, -1);
}

/* The CSS now in force, for tests. */
const char *
lg_text_scale_get_css (LgTextScale *self)
{
  g_return_val_if_fail (LG_IS_TEXT_SCALE (self), NULL);
  return self->css;
}

static void
lg_text_scale_dispose (GObject *object)
{
  LgTextScale *self = LG_TEXT_SCALE (object);

  if (self->provider != NULL)
    gtk_style_context_remove_provider_for_display (self->display, GTK_STYLE_PROVIDER (self->provider));
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->display != NULL)
    g_signal_handlers_disconnect_by_data (gtk_settings_get_for_display (self->display), self);
  g_clear_object (&self->provider);
  g_clear_object (&self->settings);
  g_clear_object (&self->display);
  g_clear_pointer (&self->css, g_free);
  G_OBJECT_CLASS (lg_text_scale_parent_class)->dispose (object);
}

static void
lg_text_scale_class_init (LgTextScaleClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lg_text_scale_dispose;
}

static void
lg_text_scale_init (LgTextScale *self)
{
}

LgTextScale *
lg_text_scale_new (GdkDisplay *display,
                   LgSettings *settings)
{
  LgTextScale *self = g_object_new (LG_TYPE_TEXT_SCALE, NULL);

  self->display = g_object_ref (display);
  self->settings = g_object_ref (settings);
  self->provider = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (self->provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_signal_connect_swapped (settings, "notify::text-scale", G_CALLBACK (update), self);
  g_signal_connect_swapped (settings, "notify::exam-room-text-scale", G_CALLBACK (update), self);
  g_signal_connect_swapped (gtk_settings_get_for_display (display), "notify::gtk-font-name",
                            G_CALLBACK (update), self);
  update (self);
  return self;
}
