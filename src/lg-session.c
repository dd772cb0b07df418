/* lg-session.c — the content everyone shares, as GNOME Text Editor's EditorSession holds its
 * documents
 *
 * The content language is the app's own, apart from the UI language: the UI follows the system
 * locale through gettext, while the content is read from the translated copy of the JSON that the
 * build bundled for that language (lg-languages.c). One content store per language, each loaded
 * once on first use, the clinic's pack (--content-dir and the user's pack folder) added to it.
 * Changing the language notifies "content-language" and "store"; windows rebuild from the store.
 * The first store is read in a thread while GTK starts (lg_session_preload()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lg-content-pack.h"
#include "lg-handout.h"
#include "lg-picture.h"
#include "lg-languages.h"
#include "lg-session.h"

struct _LgSession
{
  GObject parent_instance;

  LgSettings *settings;
  GHashTable *stores;           /* language code → LgContentStore */
  GHashTable *store_errors;     /* language code → GError, for a set that failed to load */
  char *content_language;       /* the language shown; NULL until first needed */
  char *unavailable;            /* the settings asked for this missing language at start-up */
  char *content_dir;            /* --content-dir, or NULL */
  GPtrArray *content_problems;  /* of LgContentProblem: clinic pack files left out */
  GThread *preload;             /* reading the content at start-up, see lg_session_preload() */
  LgQuestionTicks *ticks;
  LgDrawings *drawings;         /* on the topics' pictures, in memory only */
};

G_DEFINE_FINAL_TYPE (LgSession, lg_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_CONTENT_LANGUAGE,
  PROP_STORE,
  PROP_TICKS,
  PROP_DRAWINGS,
  N_PROPS
};

enum {
  CONTENT_LANGUAGE_UNAVAILABLE,
  NEW_PATIENT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The language the settings ask for, the first time anything needs one. */
static void
ensure_content_language (LgSession *self)
{
  g_autofree char *requested = NULL;
  gboolean available;

  if (self->content_language != NULL)
    return;
  requested = lg_settings_dup_content_language (self->settings);
  self->content_language = lg_languages_resolve (requested, &available);
  if (!available)
    self->unavailable = g_steal_pointer (&requested);
}

static LgContentStore *
new_store (void)
{
  LgContentStore *store = lg_content_store_new ();

  lg_content_store_set_picture_check (store, lg_picture_check);
  return store;
}

/* Keeps the outcome of reading the bundled content in @language, with the clinic's pack added:
 * the store, or why it failed. On the main thread: the pack's problems are the session's. */
static LgContentStore *
keep_loaded (LgSession      *self,
             const char     *language,
             LgContentStore *loaded,
             GError         *error)
{
  if (error == NULL)
    {
      /* The clinic's own topics, as written, whatever the content language. */
      g_ptr_array_set_size (self->content_problems, 0);
      lg_content_store_load_packs (loaded, self->content_dir, self->content_problems);
      g_hash_table_insert (self->stores, g_strdup (language), loaded);
      return loaded;
    }
  g_clear_object (&loaded);
  /* A translated set names its folder: "es/surgery.json: $.title: …". */
  if (!g_str_equal (language, "en"))
    g_prefix_error (&error, "%s/", language);
  g_hash_table_insert (self->store_errors, g_strdup (language), error);
  return NULL;
}

typedef struct {
  char *language;
  char *dir;
  LgContentStore *store;
  GError *error;
} Preload;

static gpointer
preload_thread (gpointer data)
{
  Preload *preload = data;

  preload->store = new_store ();
  lg_content_store_load_resource (preload->store, preload->dir, &preload->error);
  return preload;
}

/* Reads the content in a thread while GTK and libadwaita start, for the window to come. It
 * touches nothing but its own new store until lg_session_get_store() takes it over. */
void
lg_session_preload (LgSession *self)
{
  Preload *preload;

  g_return_if_fail (LG_IS_SESSION (self));

  ensure_content_language (self);
  if (self->preload != NULL || g_hash_table_contains (self->stores, self->content_language))
    return;
  preload = g_new0 (Preload, 1);
  preload->language = g_strdup (self->content_language);
  preload->dir = lg_languages_get_resource_dir (self->content_language);
  self->preload = g_thread_new ("lg-content", preload_thread, preload);
}

/* Waits for the reading started by lg_session_preload(), and keeps what it read if @keep. */
static void
finish_preload (LgSession *self,
                gboolean   keep)
{
  Preload *preload;

  if (self->preload == NULL)
    return;
  preload = g_thread_join (g_steal_pointer (&self->preload));
  if (keep && !g_hash_table_contains (self->stores, preload->language) &&
      !g_hash_table_contains (self->store_errors, preload->language))
    keep_loaded (self, preload->language, g_steal_pointer (&preload->store), g_steal_pointer (&preload->error));
  g_clear_object (&preload->store);
  g_clear_error (&preload->error);
  g_free (preload->language);
  g_free (preload->dir);
  g_free (preload);
}

/* The content in the current content language, parsed on first use. */
LgContentStore *
lg_session_get_store (LgSession  *self,
                      GError    **error)
{
  g_return_val_if_fail (LG_IS_SESSION (self), NULL);

  finish_preload (self, TRUE);
  ensure_content_language (self);
  return lg_session_get_store_for (self, self->content_language, error);
}

/* The content in @language (a code this build carries, lg_languages_get_available()), parsed on
 * first use, whatever language is shown: a handout's second language. */
LgContentStore *
lg_session_get_store_for (LgSession  *self,
                          const char *language,
                          GError    **error)
{
  LgContentStore *store;
  GError *store_error;

  g_return_val_if_fail (LG_IS_SESSION (self), NULL);
  g_return_val_if_fail (language != NULL, NULL);

  finish_preload (self, TRUE);
  store = g_hash_table_lookup (self->stores, language);
  store_error = g_hash_table_lookup (self->store_errors, language);

  if (store == NULL && store_error == NULL)
    {
      g_autofree char *dir = lg_languages_get_resource_dir (language);
      LgContentStore *loaded = new_store ();
      GError *load_error = NULL;

      lg_content_store_load_resource (loaded, dir, &load_error);
      store = keep_loaded (self, language, loaded, load_error);
      store_error = g_hash_table_lookup (self->store_errors, language);
    }
  if (store_error != NULL)
    {
      g_propagate_error (error, g_error_copy (store_error));
      return NULL;
    }
  return store;
}

/* The code of the content language shown: "en", "es", … */
const char *
lg_session_get_content_language (LgSession *self)
{
  g_return_val_if_fail (LG_IS_SESSION (self), NULL);

  ensure_content_language (self);
  return self->content_language;
}

/* Shows the content in @language ("es", "es_MX"; NULL or "" to follow the system) from now on,
 * without touching the settings. When this build has no such language it shows English, emits
 * "content-language-unavailable" (windows show a notice) and returns FALSE. */
gboolean
lg_session_set_content_language (LgSession  *self,
                                 const char *language)
{
  g_autofree char *code = NULL;
  gboolean available;

  g_return_val_if_fail (LG_IS_SESSION (self), FALSE);

  code = lg_languages_resolve (language, &available);
  g_clear_pointer (&self->unavailable, g_free);
  if (g_strcmp0 (code, self->content_language) != 0)
    {
      g_free (self->content_language);
      self->content_language = g_steal_pointer (&code);
      g_object_freeze_notify (G_OBJECT (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT_LANGUAGE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
      g_object_thaw_notify (G_OBJECT (self));
    }
  if (!available)
    g_signal_emit (self, signals[CONTENT_LANGUAGE_UNAVAILABLE], 0, language);
  return available;
}

/* Tells the windows, once, that the language the settings ask for is not in this build. */
void
lg_session_report_unavailable (LgSession *self)
{
  g_autofree char *requested = NULL;

  g_return_if_fail (LG_IS_SESSION (self));

  requested = g_steal_pointer (&self->unavailable);
  if (requested != NULL)
    g_signal_emit (self, signals[CONTENT_LANGUAGE_UNAVAILABLE], 0, requested);
}

/* The clinic's pack folder from --content-dir (NULL: the user's pack folder only). */
void
lg_session_set_content_dir (LgSession  *self,
                            const char *dir)
{
  g_return_if_fail (LG_IS_SESSION (self));

  g_free (self->content_dir);
  self->content_dir = g_strdup (dir);
}

/* The clinic pack folders read at start-up, in order: the user's, then --content-dir's. */
GStrv
lg_session_dup_content_folders (LgSession *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *user = lg_content_pack_get_user_folder ();

  g_return_val_if_fail (LG_IS_SESSION (self), NULL);

  g_strv_builder_add (builder, user);
  if (self->content_dir != NULL)
    g_strv_builder_add (builder, self->content_dir);
  return g_strv_builder_end (builder);
}

/* The problems of the clinic pack's files, each file left out or (file_loaded) a glossary term
 * of it (element-type LgContentProblem). */
GPtrArray *
lg_session_get_content_problems (LgSession *self)
{
  g_return_val_if_fail (LG_IS_SESSION (self), NULL);
  return self->content_problems;
}

LgQuestionTicks *
lg_session_get_ticks (LgSession *self)
{
  g_return_val_if_fail (LG_IS_SESSION (self), NULL);
  return self->ticks;
}

/* What was drawn on the topics' pictures (never written anywhere). */
LgDrawings *
lg_session_get_drawings (LgSession *self)
{
  g_return_val_if_fail (LG_IS_SESSION (self), NULL);
  return self->drawings;
}

/* A clean slate for the next patient: no ticked question, no drawing; the settings a patient's
 * visit changes (the last topic, the content language, the text sizes) back to their defaults,
 * which a clinic may set for every account (dconf), and the content shown in that language.
 * Then "new-patient" tells every holder of the patient's data (the windows: the search, the
 * page shown, the print summary) to forget it too. */
void
lg_session_new_patient (LgSession *self)
{
  g_autofree char *language = NULL;

  g_return_if_fail (LG_IS_SESSION (self));

  lg_question_ticks_clear (self->ticks);
  lg_drawings_clear (self->drawings);
  lg_settings_reset_patient (self->settings);
  /* Whether or not the key changed: --language may have set the language of this run alone. */
  language = lg_settings_dup_content_language (self->settings);
  lg_session_set_content_language (self, language);
  g_signal_emit (self, signals[NEW_PATIENT], 0);
}

LgSettings *
lg_session_get_settings (LgSession *self)
{
  g_return_val_if_fail (LG_IS_SESSION (self), NULL);
  return self->settings;
}

static void
settings_language_cb (LgSession *self)
{
  g_autofree char *requested = lg_settings_dup_content_language (self->settings);

  lg_session_set_content_language (self, requested);
}

static void
lg_session_constructed (GObject *object)
{
  LgSession *self = LG_SESSION (object);

  G_OBJECT_CLASS (lg_session_parent_class)->constructed (object);
  g_signal_connect_object (self->settings, "notify::content-language",
                           G_CALLBACK (settings_language_cb), self, G_CONNECT_SWAPPED);
}

static void
lg_session_finalize (GObject *object)
{
  LgSession *self = LG_SESSION (object);

  finish_preload (self, FALSE);
  g_clear_pointer (&self->stores, g_hash_table_unref);
  g_clear_pointer (&self->store_errors, g_hash_table_unref);
  g_clear_pointer (&self->content_language, g_free);
  g_clear_pointer (&self->unavailable, g_free);
  g_clear_pointer (&self->content_dir, g_free);
  g_clear_pointer (&self->content_problems, g_ptr_array_unref);
  g_clear_object (&self->ticks);
  g_clear_object (&self->drawings);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (lg_session_parent_class)->finalize (object);
}

static void
lg_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LgSession *self = LG_SESSION (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_CONTENT_LANGUAGE:
      g_value_set_string (value, lg_session_get_content_language (self));
      break;
    case PROP_STORE:
      g_value_set_object (value, lg_session_get_store (self, NULL));
      break;
    case PROP_TICKS:
      g_value_set_object (value, self->ticks);
      break;
    case PROP_DRAWINGS:
      g_value_set_object (value, self->drawings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LgSession *self = LG_SESSION (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_CONTENT_LANGUAGE:
      lg_session_set_content_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lg_session_class_init (LgSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = lg_session_constructed;
  object_class->finalize = lg_session_finalize;
  object_class->get_property = lg_session_get_property;
  object_class->set_property = lg_session_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, LG_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * LgSession:content-language:
   *
   * The code of the language the content is shown in ("en", "es"), apart from the UI language.
   * Setting it takes a code, or "" to follow the system; an unavailable one shows English.
   */
  properties[PROP_CONTENT_LANGUAGE] =
    g_param_spec_string ("content-language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /** LgSession:store: the content in the content language, or NULL if it failed to load. */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LG_TYPE_CONTENT_STORE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TICKS] =
    g_param_spec_object ("ticks", NULL, NULL, LG_TYPE_QUESTION_TICKS,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DRAWINGS] =
    g_param_spec_object ("drawings", NULL, NULL, LG_TYPE_DRAWINGS,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LgSession::content-language-unavailable:
   * @requested: the language asked for
   *
   * A language was asked for that this build does not carry; English is shown instead.
   */
  signals[CONTENT_LANGUAGE_UNAVAILABLE] =
    g_signal_new ("content-language-unavailable", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * LgSession::new-patient:
   *
   * lg_session_new_patient() cleared the session's patient data: whatever else holds some
   * (a search, the page shown, the print summary's choices) clears it now.
   */
  signals[NEW_PATIENT] =
    g_signal_new ("new-patient", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
lg_session_init (LgSession *self)
{
  self->content_problems = g_ptr_array_new_with_free_func ((GDestroyNotify) lg_content_problem_free);
  self->stores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->store_errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_error_free);
  self->ticks = lg_question_ticks_new ();
  self->drawings = lg_drawings_new ();
}

LgSession *
lg_session_new (LgSettings *settings)
{
  g_return_val_if_fail (LG_IS_SETTINGS (settings), NULL);
  return g_object_new (LG_TYPE_SESSION, "settings", settings, NULL);
}
