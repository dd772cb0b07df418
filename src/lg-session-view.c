/* lg-session-view.c — the base of the views that show the session's content
 *
 * A view is filled the first time it is shown, not with the window (building every view took
 * longer than the first topic page, for views many people never open), and again after the
 * content language changes: at once if it is on screen, else when it is next shown. The window's
 * template binds each view's "session" to its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-session-view.h"

typedef struct
{
  LgSession *session;
  LgContentStore *filled;       /* the store shown (a weak pointer), or NULL */
} LgSessionViewPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (LgSessionView, lg_session_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Fills the view if it is (being) shown and shows another store than the session's. */
static void
fill_if_shown (LgSessionView *self,
               gboolean       mapping)
{
  LgSessionViewPrivate *priv = lg_session_view_get_instance_private (self);
  LgContentStore *store;

  if (priv->session == NULL || !(mapping || gtk_widget_get_mapped (GTK_WIDGET (self))))
    return;
  store = lg_session_get_store (priv->session, NULL);
  if (store == NULL || store == priv->filled)
    return;
  g_set_weak_pointer (&priv->filled, store);
  LG_SESSION_VIEW_GET_CLASS (self)->fill (self, store, lg_session_get_ticks (priv->session));
}

/* Fills the view from the session's store now if it shows another, shown or not: for a view
 * that is given work before it is first shown (the print summary). */
void
lg_session_view_fill_now (LgSessionView *self)
{
  g_return_if_fail (LG_IS_SESSION_VIEW (self));
  fill_if_shown (self, TRUE);
}

static void
store_changed_cb (LgSessionView *self)
{
  fill_if_shown (self, FALSE);
}

LgSession *
lg_session_view_get_session (LgSessionView *self)
{
  LgSessionViewPrivate *priv = lg_session_view_get_instance_private (self);

  g_return_val_if_fail (LG_IS_SESSION_VIEW (self), NULL);
  return priv->session;
}

void
lg_session_view_set_session (LgSessionView *self,
                             LgSession     *session)
{
  LgSessionViewPrivate *priv = lg_session_view_get_instance_private (self);

  g_return_if_fail (LG_IS_SESSION_VIEW (self));
  g_return_if_fail (session == NULL || LG_IS_SESSION (session));

  if (priv->session == session)
    return;
  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_data (priv->session, self);
  g_set_object (&priv->session, session);
  g_clear_weak_pointer (&priv->filled);
  if (session != NULL)
    g_signal_connect_swapped (session, "notify::store", G_CALLBACK (store_changed_cb), self);
  fill_if_shown (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

static void
lg_session_view_map (GtkWidget *widget)
{
  /* Before the children map, so they are mapped filled. */
  fill_if_shown (LG_SESSION_VIEW (widget), TRUE);
  GTK_WIDGET_CLASS (lg_session_view_parent_class)->map (widget);
}

static void
lg_session_view_dispose (GObject *object)
{
  lg_session_view_set_session (LG_SESSION_VIEW (object), NULL);
  G_OBJECT_CLASS (lg_session_view_parent_class)->dispose (object);
}

static void
lg_session_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, lg_session_view_get_session (LG_SESSION_VIEW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_session_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SESSION:
      lg_session_view_set_session (LG_SESSION_VIEW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_session_view_class_init (LgSessionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lg_session_view_dispose;
  object_class->get_property = lg_session_view_get_property;
  object_class->set_property = lg_session_view_set_property;
  widget_class->map = lg_session_view_map;

  /** LgSessionView:session: whose content the view shows */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, LG_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lg_session_view_init (LgSessionView *self)
{
}
