/* lg-content-pack.c
 *
 * A clinic's own topics live in a folder: $XDG_DATA_HOME/liver-guide/topics (inside Flatpak, the
 * app's own data folder) and the one given by --content-dir. Files are written by hand, so every
 * read here assumes the worst: a path may try to leave the folder (absolute, "..", a symbolic link
 * pointing elsewhere), a file may be huge, a FIFO, or not an SVG at all. The parsing itself is the
 * loader's (lg_content_store_load_pack() in lg-content-loader.c); this file only finds and reads
 * the bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <stdlib.h>

#include "lg-content-pack.h"

/* The folder a person puts their clinic's topics in. */
char *
lg_content_pack_get_user_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), "liver-guide", "topics", NULL);
}

/* Whether @c would change how the rest of a message line shows without showing itself: a
 * control character, or a bidirectional control (a right-to-left override shows what follows
 * backwards: "report\u202Efdp.json" reads "reportnosj.pdf"). */
static gboolean
is_hidden (gunichar c)
{
  return g_unichar_type (c) == G_UNICODE_CONTROL || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

/* A file name as a person reads it in a message: valid UTF-8 (g_filename_display_name()), and
 * each control or bidirectional control character written as \uXXXX. */
char *
lg_content_pack_display_name (const char *file_name)
{
  g_autofree char *name = g_filename_display_name (file_name);
  GString *out = g_string_sized_new (strlen (name));

  for (const char *p = name; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_hidden (c))
        g_string_append_printf (out, "\\u%04X", c);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static char *
real_path (const char *path)
{
  char *real = realpath (path, NULL);
  char *copy = g_strdup (real);

  free (real);
  return copy;
}

/* Whether @path is @folder or lies below it; both are canonical (realpath) paths. */
static gboolean
is_inside (const char *path,
           const char *folder)
{
  gsize n = strlen (folder);

  if (g_str_equal (folder, "/"))
    return TRUE;
  return strncmp (path, folder, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

/* The canonical path of @relative (a path inside @folder, in the file system's encoding), once
 * every symbolic link is followed, or NULL when it is absolute, leads out with "..", cannot be
 * resolved or ends up outside @folder. */
static char *
resolve_inside (GFile       *folder,
                const char  *relative,
                GError     **error)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *folder_real = NULL;
  g_autofree char *path = NULL;
  g_autofree char *real = NULL;

  if (g_path_is_absolute (relative))
    {
      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_OUTSIDE_PACK,
                   "is an absolute path; write a path inside the pack folder");
      return NULL;
    }
  parts = g_strsplit (relative, "/", -1);
  if (g_strv_contains ((const char * const *) parts, ".."))
    {
      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_OUTSIDE_PACK,
                   "leads out of the pack folder (\"..\")");
      return NULL;
    }

  if (g_file_peek_path (folder) == NULL ||
      (folder_real = real_path (g_file_peek_path (folder))) == NULL)
    {
      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_UNREADABLE,
                   "the pack folder cannot be read");
      return NULL;
    }
  path = g_build_filename (g_file_peek_path (folder), relative, NULL);
  real = real_path (path);
  if (real == NULL)
    {
      int saved = errno;

      if (saved == ENOENT && g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        g_set_error_literal (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_UNREADABLE,
                             "is a dangling link: the file it points to does not exist");
      else
        g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_UNREADABLE,
                     saved == ENOENT ? "is not in the pack folder" : "cannot be read: %s",
                     g_strerror (saved));
      return NULL;
    }
  if (!is_inside (real, folder_real))
    {
      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_OUTSIDE_PACK,
                   "is a link to a file outside the pack folder");
      return NULL;
    }
  return g_steal_pointer (&real);
}

/* Whether @file is a regular file of at most LG_CONTENT_MAX_FILE_SIZE bytes. */
static gboolean
check_regular_file (GFile   *file,
                    GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_UNREADABLE,
                   "cannot be read: %s", local_error->message);
      return FALSE;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_UNREADABLE,
                   "is not a regular file");
      return FALSE;
    }
  if (g_file_info_get_size (info) > LG_CONTENT_MAX_FILE_SIZE)
    {
      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_TOO_LARGE,
                   "is larger than %d KiB", LG_CONTENT_MAX_FILE_SIZE / 1024);
      return FALSE;
    }
  return TRUE;
}

/* The bytes of @file, refused when more than LG_CONTENT_MAX_FILE_SIZE. */
static GBytes *
read_limited (GFile   *file,
              GError **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  /* Read at most one byte more than allowed, in case the file grew since. */
  stream = g_file_read (file, NULL, &local_error);
  data = g_malloc (LG_CONTENT_MAX_FILE_SIZE + 1);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), data, LG_CONTENT_MAX_FILE_SIZE + 1,
                                &length, NULL, &local_error))
    {
      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_UNREADABLE,
                   "cannot be read: %s", local_error->message);
      return NULL;
    }
  if (length > LG_CONTENT_MAX_FILE_SIZE)
    {
      g_set_error (error, LG_CONTENT_ERROR, LG_CONTENT_ERROR_TOO_LARGE,
                   "is larger than %d KiB", LG_CONTENT_MAX_FILE_SIZE / 1024);
      return NULL;
    }
  return g_bytes_new_take (g_realloc (g_steal_pointer (&data), MAX (length, 1)), length);
}

/* Reads @relative (a path inside @folder, in the file system's encoding) after checking that it
 * stays inside @folder once every symbolic link is followed, is a regular file, and is at most
 * LG_CONTENT_MAX_FILE_SIZE bytes. The error message says what is wrong with it, without naming
 * it: "is a link to a file outside the pack folder". */
GBytes *
lg_content_pack_read_file (GFile       *folder,
                           const char  *relative,
                           GError     **error)
{
  g_autofree char *real = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);
  g_return_val_if_fail (relative != NULL, NULL);

  if (!(real = resolve_inside (folder, relative, error)))
    return NULL;
  /* The canonical path has no links left: read exactly what was checked. */
  file = g_file_new_for_path (real);
  if (!check_regular_file (file, error))
    return NULL;
  return read_limited (file, error);
}
