/* lg-problem-banner.c
 *
 * When files of a clinic's content pack were left out, one banner at the top of the content says
 * so, names each file with its first problem, and tells the author how to see them all. It is a
 * GtkRevealer styled like a banner (AdwBanner needs libadwaita 1.3). Text is set as plain text:
 * file names and messages quote what the files hold, never markup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lg-content-store.h"
#include "lg-problem-banner.h"

#define MAX_FILES_SHOWN 5

struct _LgProblemBanner
{
  AdwBin parent_instance;

  GtkRevealer *revealer;
  GtkLabel *title_label;
  GtkLabel *details_label;
  GtkLabel *hint_label;

  gboolean has_problems;
  gboolean closed;              /* by the person, for this window's life */
  gboolean suppressed;          /* exam-room mode: no clinician-only chrome */
};

G_DEFINE_FINAL_TYPE (LgProblemBanner, lg_problem_banner, ADW_TYPE_BIN)

static void
update_visible (LgProblemBanner *self)
{
  gboolean shown = self->has_problems && !self->closed && !self->suppressed;

  gtk_revealer_set_reveal_child (self->revealer, shown);
  gtk_widget_set_visible (GTK_WIDGET (self), shown || gtk_revealer_get_child_revealed (self->revealer));
}

static void
child_revealed_cb (LgProblemBanner *self)
{
  update_visible (self);
}

static void
close_clicked_cb (LgProblemBanner *self)
{
  self->closed = TRUE;
  update_visible (self);
}

/* Exam-room mode shows patients no clinician-only chrome: hide the banner while @suppressed. */
void
lg_problem_banner_set_suppressed (LgProblemBanner *self,
                                  gboolean         suppressed)
{
  g_return_if_fail (LG_IS_PROBLEM_BANNER (self));

  self->suppressed = suppressed;
  update_visible (self);
}

/* @problems: (element-type LgContentProblem) (nullable): the banner hides when there are none. */
void
lg_problem_banner_set_problems (LgProblemBanner *self,
                                GPtrArray       *problems)
{
  g_autoptr(GHashTable) files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) folders = g_ptr_array_new ();
  g_autoptr(GString) details = g_string_new (NULL);
  g_autoptr(GString) hint = g_string_new (NULL);
  g_autofree char *title = NULL;
  guint n_files = 0;

  g_return_if_fail (LG_IS_PROBLEM_BANNER (self));

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      LgContentProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *key = g_strconcat (problem->folder, "/", problem->file, NULL);

      /* One line a file: its first problem. */
      if (!g_hash_table_add (files, g_steal_pointer (&key)))
        continue;
      if (++n_files <= MAX_FILES_SHOWN)
        g_string_append_printf (details, "%s%s", details->len ? "\n" : "", problem->message);
      if (!g_ptr_array_find_with_equal_func (folders, problem->folder, g_str_equal, NULL))
        g_ptr_array_add (folders, problem->folder);
    }

  self->has_problems = n_files > 0;
  update_visible (self);
  if (n_files == 0)
    return;

  if (n_files > MAX_FILES_SHOWN)
    {
      guint more = n_files - MAX_FILES_SHOWN;

      g_string_append_c (details, '\n');
      g_string_append_printf (details, ngettext ("…and %u more file", "…and %u more files", more),
                              more);
    }

  title = g_strdup_printf (ngettext ("%u file from your clinic could not be shown",
                                     "%u files from your clinic could not be shown", n_files),
                           n_files);
  g_string_append (hint, _("The guide’s own topics are not affected. To see every problem, run:"));
  for (guint i = 0; i < folders->len; i++)
    {
      g_autofree char *quoted = g_shell_quote (g_ptr_array_index (folders, i));
      g_string_append_printf (hint, "\nliver-guide --check-content=%s", quoted);
    }

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->details_label, details->str);
  gtk_label_set_text (self->hint_label, hint->str);
}

static void
lg_problem_banner_class_init (LgProblemBannerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* No dispose: AdwBin unparents the template's root child itself. */
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/lg-problem-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, LgProblemBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, LgProblemBanner, title_label);
  gtk_widget_class_bind_template_child (widget_class, LgProblemBanner, details_label);
  gtk_widget_class_bind_template_child (widget_class, LgProblemBanner, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, child_revealed_cb);
}

static void
lg_problem_banner_init (LgProblemBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
