/* lg-languages.c
 *
 * Content languages. English is the source, at RESOURCE_BASE/content/; every other language is a
 * translated copy made at build time from po/LANG.po, at RESOURCE_BASE/content/LANG/ (see
 * data/meson.build). So the languages on offer are exactly the folders in the resource, and
 * switching needs no locale installed and no process-wide state.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>

#include "lg-languages.h"

#define CONTENT_DIR RESOURCE_BASE "/content"

/* Each language by its own name, so a reader finds theirs whatever the UI language is. */
static const struct {
  const char *code;
  const char *name;
} names[] = {
  { "en", "English" },
  { "es", "Español" },
};

/* Codes of the content languages in this build: "en" first, then the rest in code order. */
GStrv
lg_languages_get_available (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) children = g_resources_enumerate_children (CONTENT_DIR, 0, NULL);

  g_strv_builder_add (builder, "en");
  if (children != NULL)
    {
      qsort (children, g_strv_length (children), sizeof (char *), (GCompareFunc) g_strcmp0);
      for (guint i = 0; children[i] != NULL; i++)
        {
          if (g_str_has_suffix (children[i], "/"))
            {
              g_autofree char *code = g_strndup (children[i], strlen (children[i]) - 1);
              g_strv_builder_add (builder, code);
            }
        }
    }
  return g_strv_builder_end (builder);
}

gboolean
lg_languages_is_available (const char *code)
{
  g_auto(GStrv) available = lg_languages_get_available ();

  return code != NULL && g_strv_contains ((const char * const *) available, code);
}

/* "Español" for "es"; the code itself for a language this table does not know. */
const char *
lg_languages_get_name (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (names[i].code, code) == 0)
      return names[i].name;
  return code;
}

/* The language an available content set has for @name: "es" for "es", "es_MX", "es-MX.UTF-8";
 * "en" for "C" and "POSIX"; NULL when none matches. */
static char *
match (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);
  g_autofree char *base = NULL;

  if (g_str_equal (lower, "c") || g_str_has_prefix (lower, "c.") || g_str_equal (lower, "posix"))
    return g_strdup ("en");

  g_strdelimit (lower, "-", '_');
  lower[strcspn (lower, ".@")] = '\0';
  if (lower[0] != '\0' && lg_languages_is_available (lower))
    return g_steal_pointer (&lower);
  base = g_strndup (lower, strcspn (lower, "_"));
  if (base[0] != '\0' && lg_languages_is_available (base))
    return g_steal_pointer (&base);
  return NULL;
}

/* The content language to show for @requested: a code such as "es" or "es_MX", or NULL or ""
 * to follow the system (the first of g_get_language_names() that is available, else English).
 * @available is set to FALSE when @requested names a language this build does not carry, and
 * English is returned instead. */
char *
lg_languages_resolve (const char *requested,
                      gboolean   *available)
{
  char *code;

  if (available != NULL)
    *available = TRUE;

  if (requested == NULL || *requested == '\0')
    {
      const char * const *system = g_get_language_names ();

      for (guint i = 0; system[i] != NULL; i++)
        if ((code = match (system[i])) != NULL)
          return code;
      return g_strdup ("en");
    }

  if ((code = match (requested)) != NULL)
    return code;
  if (available != NULL)
    *available = FALSE;
  return g_strdup ("en");
}

/* Where @code's content lives in the resources. */
char *
lg_languages_get_resource_dir (const char *code)
{
  if (code == NULL || g_str_equal (code, "en"))
    return g_strdup (CONTENT_DIR);
  return g_build_path ("/", CONTENT_DIR, code, NULL);
}
