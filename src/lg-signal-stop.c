/* lg-signal-stop.c
 *
 * A stopped save must not leave a temporary file behind (GIO's ".goutputstream-XXXXXX", or half
 * a new PDF). While a handout is written, SIGTERM, SIGINT and SIGHUP do not end the process at
 * once: GLib's own handlers catch them (g_unix_signal_source_new(), safe in a signal handler and
 * whichever thread the signal lands on), a small thread running a private main context cancels
 * a GCancellable, and the writer, which checks it at every write and every page, closes the file
 * the way GIO drops its temporary file. lg_signal_stop_finish() then ends the process with the
 * signal it got, so whoever sent it sees the status they expect (128 + the signal number).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <signal.h>
#include <glib-unix.h>

#include "lg-signal-stop.h"

static const int stop_signals[] = { SIGTERM, SIGINT, SIGHUP };

struct _LgSignalStop {
  GMainContext *context;
  GThread *thread;
  GCancellable *cancellable;
  GSource *sources[G_N_ELEMENTS (stop_signals)];
  int caught;                  /* atomic: the signal received, or 0 */
  int done;                    /* atomic: the thread is to end */
};

typedef struct {
  LgSignalStop *self;
  int signum;
} Catch;

static gboolean
caught_cb (gpointer user_data)
{
  Catch *c = user_data;

  g_atomic_int_compare_and_exchange (&c->self->caught, 0, c->signum);
  g_cancellable_cancel (c->self->cancellable);
  return G_SOURCE_CONTINUE;
}

static gpointer
run_thread (gpointer data)
{
  LgSignalStop *self = data;

  g_main_context_push_thread_default (self->context);
  while (!g_atomic_int_get (&self->done))
    g_main_context_iteration (self->context, TRUE);
  g_main_context_pop_thread_default (self->context);
  return NULL;
}

/* Catches the three signals from now until lg_signal_stop_finish(). */
LgSignalStop *
lg_signal_stop_new (void)
{
  LgSignalStop *self = g_new0 (LgSignalStop, 1);

  self->context = g_main_context_new ();
  self->cancellable = g_cancellable_new ();
  for (guint i = 0; i < G_N_ELEMENTS (stop_signals); i++)
    {
      struct sigaction action;
      Catch *c;

      /* A signal ignored by whoever started us (SIGHUP under nohup) stays ignored. */
      if (sigaction (stop_signals[i], NULL, &action) == 0 && action.sa_handler == SIG_IGN)
        continue;
      c = g_new (Catch, 1);

      c->self = self;
      c->signum = stop_signals[i];
      self->sources[i] = g_unix_signal_source_new (stop_signals[i]);
      g_source_set_callback (self->sources[i], caught_cb, c, g_free);
      g_source_attach (self->sources[i], self->context);
    }
  self->thread = g_thread_new ("lg-signal-stop", run_thread, self);
  return self;
}

/* Cancelled once one of the signals has come. */
GCancellable *
lg_signal_stop_get_cancellable (LgSignalStop *self)
{
  return self->cancellable;
}

/* Stops catching the signals and frees @self; when one came, the process then ends by it. */
void
lg_signal_stop_finish (LgSignalStop *self)
{
  int caught;

  g_atomic_int_set (&self->done, 1);
  g_main_context_wakeup (self->context);
  g_thread_join (self->thread);
  /* Destroying the last source of a signal gives it back its default action. */
  for (guint i = 0; i < G_N_ELEMENTS (stop_signals); i++)
    {
      if (self->sources[i] == NULL)
        continue;
      g_source_destroy (self->sources[i]);
      g_source_unref (self->sources[i]);
    }
  caught = g_atomic_int_get (&self->caught);
  g_main_context_unref (self->context);
  g_object_unref (self->cancellable);
  g_free (self);
  if (caught != 0)
    raise (caught);
}
