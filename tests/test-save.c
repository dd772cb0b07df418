/* test-save.c — `liver-guide --export-pdf=PATH` replaces what is at PATH the way GIO replaces a
 * file, whatever is there: a link is followed, permissions and hard links are kept, what is not
 * a regular file is refused and left alone, a read-only folder and a long name are no obstacle,
 * and nothing but the PDF is left by an error or by SIGTERM, SIGINT or SIGHUP mid-write.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE /* memmem */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <linux/capability.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "lg-test-utils.h"

#define OLD_TEXT "the clinic's old handout"

typedef struct {
  gboolean read_only_root;      /* as root, without the right to write where permissions say no */
  rlim_t file_size_limit;       /* 0: none */
} Limits;

static char *dir;               /* a fresh folder for each test */

static void
child_setup (gpointer data)
{
  const Limits *limits = data;

  /* Whatever the test runner ignores, the program gets the signals as a person's shell sends them;
   * and it cannot hang the test (a FIFO opened for writing waits for a reader). */
  signal (SIGTERM, SIG_DFL);
  signal (SIGINT, SIG_DFL);
  signal (SIGHUP, SIG_DFL);
  alarm (60);
  if (limits->read_only_root && getuid () == 0)
    prctl (PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0);
  if (limits->file_size_limit > 0)
    {
      struct rlimit small = { limits->file_size_limit, limits->file_size_limit };

      signal (SIGXFSZ, SIG_IGN);
      setrlimit (RLIMIT_FSIZE, &small);
    }
}

/* Starts the real binary writing every topic to @path, with no display. */
static GSubprocess *
spawn_export (const char   *path,
              const Limits *limits)
{
  static const Limits none = { FALSE, 0 };
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *arg = g_strconcat ("--export-pdf=", path, NULL);
  GSubprocess *process;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LANG", "C.UTF-8", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  g_subprocess_launcher_unsetenv (launcher, "LC_ALL");
  g_subprocess_launcher_set_child_setup (launcher, child_setup, (gpointer) (limits ? limits : &none), NULL);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("LG_BINARY"), arg, NULL);
  g_assert_no_error (error);
  return process;
}

/* Runs the export to the end: its exit status, and what it printed on stderr. */
static int
export (const char    *path,
        const Limits  *limits,
        char         **err)
{
  g_autoptr(GSubprocess) process = spawn_export (path, limits);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &text, &error);
  g_assert_no_error (error);
  g_test_message ("stderr: %s", text);
  g_assert_false (g_subprocess_get_if_signaled (process));
  if (err != NULL)
    *err = g_steal_pointer (&text);
  return g_subprocess_get_exit_status (process);
}

static char *
in_dir (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static void
assert_pdf (const char *path)
{
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, 10000);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  /* Complete: it ends with the end-of-file mark. */
  g_assert_nonnull (memmem (data + length - 16, 16, "%%EOF", 5));
}

static void
assert_text (const char *path,
             const char *text)
{
  g_autofree char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  g_assert_cmpstr (data, ==, text);
}

/* The names in the test's folder, sorted and joined by spaces. */
static char *
list_dir (void)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
setup (void)
{
  g_autoptr(GError) error = NULL;

  dir = g_dir_make_tmp ("lg-save-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
teardown (void)
{
  g_chmod (dir, 0755);
  lg_test_remove_tree (dir);
  g_clear_pointer (&dir, g_free);
}

/* A symbolic link stays a link; the file it points to gets the PDF. */
static void
test_symlink (void)
{
  g_autofree char *target = in_dir ("real.pdf");
  g_autofree char *link = in_dir ("handout.pdf");
  g_autofree char *points_to = NULL;
  struct stat st;

  lg_test_write_file (dir, "real.pdf", OLD_TEXT, -1);
  g_assert_cmpint (symlink ("real.pdf", link), ==, 0);
  g_assert_cmpint (export (link, NULL, NULL), ==, 0);
  g_assert_cmpint (lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  points_to = g_file_read_link (link, NULL);
  g_assert_cmpstr (points_to, ==, "real.pdf");
  assert_pdf (target);
}

/* A file only its owner may read stays so. */
static void
test_permissions_kept (void)
{
  g_autofree char *path = in_dir ("private.pdf");
  struct stat st;

  lg_test_write_file (dir, "private.pdf", OLD_TEXT, -1);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  g_assert_cmpint (export (path, NULL, NULL), ==, 0);
  assert_pdf (path);
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
}

/* Two names for one file stay one file, both holding the PDF. */
static void
test_hard_link (void)
{
  g_autofree char *path = in_dir ("handout.pdf");
  g_autofree char *other = in_dir ("also.pdf");
  struct stat a, b;

  lg_test_write_file (dir, "handout.pdf", OLD_TEXT, -1);
  g_assert_cmpint (link (path, other), ==, 0);
  g_assert_cmpint (export (path, NULL, NULL), ==, 0);
  g_assert_cmpint (stat (path, &a), ==, 0);
  g_assert_cmpint (stat (other, &b), ==, 0);
  g_assert_cmpuint (a.st_ino, ==, b.st_ino);
  g_assert_cmpuint (a.st_nlink, ==, 2);
  assert_pdf (other);
}

static void
assert_refused (const char *path,
                const char *err)
{
  g_assert_true (g_str_has_prefix (err, "liver-guide: --export-pdf: "));
  g_assert_nonnull (strstr (err, path));
  g_assert_nonnull (strstr (err, "not a regular file"));
}

/* A FIFO is refused at once (no wait for a reader) and stays a FIFO, also behind a link. */
static void
test_fifo (void)
{
  g_autofree char *path = in_dir ("pipe.pdf");
  g_autofree char *link = in_dir ("link.pdf");
  const char *paths[] = { path, link };
  struct stat st;

  g_assert_cmpint (mkfifo (path, 0644), ==, 0);
  g_assert_cmpint (symlink ("pipe.pdf", link), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *err = NULL;

      g_assert_cmpint (export (paths[i], NULL, &err), !=, 0);
      assert_refused (paths[i], err);
      g_assert_cmpint (stat (path, &st), ==, 0);
      g_assert_true (S_ISFIFO (st.st_mode));
    }
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
}

/* A device node (made here, like /dev/null: only root may) is refused and left as it was. */
static void
test_device (void)
{
  g_autofree char *path = in_dir ("null");
  g_autofree char *err = NULL;
  g_autofree char *names = NULL;
  struct stat st;

  if (getuid () != 0)
    {
      g_test_skip ("only root can make a device node");
      return;
    }
  g_assert_cmpint (mknod (path, S_IFCHR | 0666, makedev (1, 3)), ==, 0);
  g_assert_cmpint (export (path, NULL, &err), !=, 0);
  assert_refused (path, err);
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
  g_assert_cmpuint (st.st_rdev, ==, makedev (1, 3));
  names = list_dir ();
  g_assert_cmpstr (names, ==, "null");
}

/* A file the person may write, in a folder where no new file may be made. */
static void
test_read_only_folder (void)
{
  static const Limits read_only = { TRUE, 0 };
  g_autofree char *path = in_dir ("handout.pdf");
  g_autofree char *names = NULL;

  lg_test_write_file (dir, "handout.pdf", OLD_TEXT, -1);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  g_assert_cmpint (export (path, &read_only, NULL), ==, 0);
  assert_pdf (path);
  names = list_dir ();
  g_assert_cmpstr (names, ==, "handout.pdf");
}

/* A name of 250 bytes (the file systems' limit is 255), new and then replaced. */
static void
test_long_name (void)
{
  g_autofree char *name = g_strnfill (246, 'h');
  g_autofree char *file_name = g_strconcat (name, ".pdf", NULL);
  g_autofree char *path = in_dir (file_name);
  g_autofree char *names = NULL;

  g_assert_cmpuint (strlen (file_name), ==, 250);
  g_assert_cmpint (export (path, NULL, NULL), ==, 0);
  assert_pdf (path);
  /* Written in place: g_file_set_contents()'s own temporary name would be too long. */
  g_assert_true (g_file_set_contents_full (path, OLD_TEXT, -1, G_FILE_SET_CONTENTS_NONE, 0644, NULL));
  g_assert_cmpint (export (path, NULL, NULL), ==, 0);
  assert_pdf (path);
  names = list_dir ();
  g_assert_cmpstr (names, ==, file_name);
}

/* A write that fails halfway (a 4 KiB file size limit): the old file as it was, or no file. */
static void
test_error_leaves_nothing (void)
{
  static const Limits small = { FALSE, 4096 };
  g_autofree char *old = in_dir ("old.pdf");
  g_autofree char *fresh = in_dir ("new.pdf");
  g_autofree char *err = NULL;
  g_autofree char *names = NULL;

  lg_test_write_file (dir, "old.pdf", OLD_TEXT, -1);
  g_assert_cmpint (export (old, &small, &err), !=, 0);
  g_assert_nonnull (strstr (err, old));
  assert_text (old, OLD_TEXT);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (export (fresh, &small, &err), !=, 0);
  g_assert_nonnull (strstr (err, fresh));
  names = list_dir ();
  g_assert_cmpstr (names, ==, "old.pdf");
}

static gboolean
has_temporary_file (void)
{
  g_autofree char *names = list_dir ();
  return strstr (names, ".goutputstream-") != NULL || strstr (names, ".old.pdf.") != NULL;
}

/* Waits (at most 20 s) until the export is writing. */
static void
wait_for (gboolean (*writing) (const char *path),
          const char *path)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!writing (path) && g_get_monotonic_time () < end)
    g_usleep (500);
  g_assert_true (writing (path));
}

static gboolean
writing_old (const char *path)
{
  return has_temporary_file ();
}

static gboolean
writing_new (const char *path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
assert_stopped_by (GSubprocess *process,
                   int          signum)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_subprocess_wait (process, NULL, &error));
  g_assert_no_error (error);
  /* Ended by the signal, as if it had not been caught: the shell says 128 + the number. */
  g_assert_true (g_subprocess_get_if_signaled (process));
  g_assert_cmpint (g_subprocess_get_term_sig (process), ==, signum);
}

/* A stopped export, over an old file and to a new name: the old file as it was, no new file,
 * no temporary file. */
static void
test_signal (int signum)
{
  g_autofree char *old = in_dir ("old.pdf");
  g_autofree char *fresh = in_dir ("new.pdf");
  g_autoptr(GSubprocess) over_old = NULL;
  g_autoptr(GSubprocess) to_new = NULL;
  g_autofree char *names = NULL;

  lg_test_write_file (dir, "old.pdf", OLD_TEXT, -1);
  over_old = spawn_export (old, NULL);
  wait_for (writing_old, old);
  g_subprocess_send_signal (over_old, signum);
  assert_stopped_by (over_old, signum);
  assert_text (old, OLD_TEXT);

  to_new = spawn_export (fresh, NULL);
  wait_for (writing_new, fresh);
  g_subprocess_send_signal (to_new, signum);
  assert_stopped_by (to_new, signum);

  names = list_dir ();
  g_assert_cmpstr (names, ==, "old.pdf");
}

static void test_sigterm (void) { test_signal (SIGTERM); }
static void test_sigint (void) { test_signal (SIGINT); }
static void test_sighup (void) { test_signal (SIGHUP); }

/* Each test in a folder of its own, removed after. */
static void
in_fresh_folder (gconstpointer data)
{
  void (*test) (void) = (void (*) (void)) data;

  setup ();
  test ();
  teardown ();
}

static void
add (const char *path,
     void      (*test) (void))
{
  g_test_add_data_func (path, (gconstpointer) test, in_fresh_folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("LG_BINARY") == NULL)
    {
      g_test_skip ("LG_BINARY is not set; run through meson test");
      return g_test_run ();
    }

  add ("/lg/save/symlink", test_symlink);
  add ("/lg/save/permissions-kept", test_permissions_kept);
  add ("/lg/save/hard-link", test_hard_link);
  add ("/lg/save/fifo", test_fifo);
  add ("/lg/save/device", test_device);
  add ("/lg/save/read-only-folder", test_read_only_folder);
  add ("/lg/save/long-name", test_long_name);
  add ("/lg/save/error-leaves-nothing", test_error_leaves_nothing);
  add ("/lg/save/sigterm", test_sigterm);
  add ("/lg/save/sigint", test_sigint);
  add ("/lg/save/sighup", test_sighup);
  return g_test_run ();
}
