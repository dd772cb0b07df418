/* lg-display-text.c
 *
 * Content text → display text, the one step every consumer takes: glossary marks ([[id]],
 * [[id|words]]) turned into plain text or Pango markup with the store's terms, and the labels a
 * view or the handout shows filled in (group headings, Compare rows, "Reviewed: November 2025",
 * "page 2 of 5").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-content-store-private.h"
#include "lg-markup.h"

/* Indexed by LgTopicGroup. */
static const char * const group_label_keys[] = {
  "group-understanding", "group-surgery", "group-therapies", "group-next-steps", "group-clinic",
};

G_STATIC_ASSERT (G_N_ELEMENTS (group_label_keys) == LG_TOPIC_GROUP_CLINIC + 1);

char *
lg_content_store_to_plain (LgContentStore *self,
                           const char     *text)
{
  return lg_markup_to_plain (text, _lg_content_store_term_name, self);
}

char *
lg_content_store_to_pango (LgContentStore *self,
                           const char     *text)
{
  return lg_markup_to_pango (text, _lg_content_store_term_name, self);
}

const char *
lg_content_store_get_group_title (LgContentStore *self,
                                  LgTopicGroup    group)
{
  g_return_val_if_fail (group < G_N_ELEMENTS (group_label_keys), NULL);
  return lg_content_store_get_label (self, group_label_keys[group]);
}

const char *
lg_content_store_get_compare_row_title (LgContentStore *self,
                                        LgCompareRow    row)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (row < LG_N_COMPARE_ROWS, NULL);
  key = g_strdelimit (g_strconcat ("compare-", lg_compare_row_get_key (row), NULL), "_", '-');
  return lg_content_store_get_label (self, key);
}

/* "page 2 of 5" for a handout footer, in the content's language. */
char *
lg_content_store_dup_page_number (LgContentStore *self,
                                  int             page,
                                  int             pages)
{
  g_autoptr(GString) text = NULL;
  g_autofree char *page_text = g_strdup_printf ("%d", page);
  g_autofree char *pages_text = g_strdup_printf ("%d", pages);

  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);

  text = g_string_new (lg_content_store_get_label (self, "handout-page"));
  g_string_replace (text, "{pages}", pages_text, 0);
  g_string_replace (text, "{page}", page_text, 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "Reviewed: November 2025" in the content's language. */
char *
lg_content_store_dup_reviewed (LgContentStore *self,
                               LgTopic        *topic)
{
  g_autofree char *month_key = NULL;
  g_autofree char *year = NULL;
  g_autoptr(GString) text = NULL;
  int y, m;

  g_return_val_if_fail (LG_IS_CONTENT_STORE (self), NULL);
  g_return_val_if_fail (LG_IS_TOPIC (topic), NULL);

  lg_topic_get_reviewed (topic, &y, &m);
  month_key = g_strdup_printf ("month-%d", CLAMP (m, 1, 12));
  year = g_strdup_printf ("%d", y);
  text = g_string_new (lg_content_store_get_label (self, "reviewed"));
  g_string_replace (text, "{month}", lg_content_store_get_label (self, month_key), 0);
  g_string_replace (text, "{year}", year, 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}
