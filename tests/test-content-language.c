/* test-content-language.c — the content language as a person meets it: switching shows the same
 * topic in Spanish at once, the interface keeps its own language (English interface with Spanish
 * content, Spanish interface with English content, under C.UTF-8 and plain C), and a language
 * the app does not carry falls back to English with a notice.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "lg-test-utils.h"
#include "lg-window-private.h"
#include "lg-settings-private.h"

static LgApplication *app;

static char *
plain (LgContentStore *store,
       const char     *text)
{
  return lg_content_store_to_plain (store, text);
}

static LgContentStore *
current_store (void)
{
  g_autoptr(GError) error = NULL;
  LgContentStore *store = lg_session_get_store (lg_application_get_session (app), &error);

  g_assert_no_error (error);
  return store;
}

/* The sidebar's search entry, found by place rather than by its (translated) placeholder. */
static GtkWidget *
sidebar_search (LgWindow *window)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (lg_test_sidebar (window)), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *entry = lg_test_find_type (gtk_widget_get_parent (scroller), GTK_TYPE_SEARCH_ENTRY);

  g_assert_nonnull (entry);
  return entry;
}

/* The page shows @id's title and In short text from the current content language. */
static void
assert_page_in_current_language (LgWindow   *window,
                                 const char *id)
{
  LgTopic *topic = lg_content_store_lookup_topic (current_store (), id);
  g_autofree char *title = plain (current_store (), lg_topic_get_title (topic));
  g_autofree char *in_short = plain (current_store (), lg_topic_get_in_short (topic));

  lg_test_wait (100);
  g_test_message ("page: %s / %s", title, in_short);
  g_assert_cmpstr (lg_window_get_topic_id (window), ==, id);
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), title));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), in_short));
}

static GtkWidget *
language_button (LgWindow *window)
{
  GtkWidget *button = lg_test_find_tooltip (GTK_WIDGET (window), "Content Language: English");

  if (button == NULL)
    button = lg_test_find_tooltip (GTK_WIDGET (window), "Content Language: Español");
  if (button == NULL)
    button = lg_test_find_tooltip (GTK_WIDGET (window), "Idioma del contenido: English");
  g_assert_nonnull (button);
  return button;
}

/* English interface (LANGUAGE unset, C.UTF-8), content switched to Spanish and back. */
static void
test_switch (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkWidget *entry = sidebar_search (window);
  g_autofree char *placeholder = NULL;

  g_assert_true (lg_window_show_topic (window, "surgery"));
  assert_page_in_current_language (window, "surgery");
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "In short"));

  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), "es"));
  g_assert_cmpstr (lg_session_get_content_language (lg_application_get_session (app)), ==, "es");
  /* Same topic, now in Spanish: title, In short, the page's own words, the sidebar. */
  assert_page_in_current_language (window, "surgery");
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Cirugía"));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window),
                                        "La cirugía extirpa la parte del hígado que tiene tumores. "
                                        "Solo es posible si puede quedar suficiente hígado sano. "
                                        "En un estudio grande, alrededor de 1 de cada 5 personas "
                                        "operadas se curó. Es una operación grande, y el cáncer a "
                                        "menudo vuelve."));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "En resumen"));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Puntos clave"));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "¿Qué son las metástasis hepáticas?"));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Tratamientos locales para el hígado"));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Escrito a partir de las fuentes indicadas y comprobado con ellas en diciembre de 2026"));
  g_assert_null (lg_test_find_label (GTK_WIDGET (window), "In short"));
  /* Spanish typed without accents finds the Spanish page, and so does its English name. */
  {
    const char *queries[] = { "cirugia", "surgery" };

    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      {
        GtkListBoxRow *row;
        gboolean surgery_shown = FALSE;

        gtk_editable_set_text (GTK_EDITABLE (entry), queries[q]);
        lg_test_wait (300);
        for (int i = 0; (row = gtk_list_box_get_row_at_index (lg_test_sidebar (window), i)) != NULL; i++)
          {
            LgTopic *topic = lg_test_row_topic (window, row);

            if (topic != NULL && g_str_equal (lg_topic_get_id (topic), "surgery"))
              surgery_shown = gtk_widget_get_child_visible (GTK_WIDGET (row));
          }
        g_assert_true (surgery_shown);
      }
    g_signal_emit_by_name (entry, "stop-search");
  }
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (language_button (window))), ==,
                   "Español");

  /* The interface stays English. */
  g_object_get (entry, "placeholder-text", &placeholder, NULL);
  g_assert_cmpstr (placeholder, ==, "Search topics");
  g_assert_nonnull (lg_test_find_tooltip (GTK_WIDGET (window), "Main Menu"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Liver Guide");

  /* And back. */
  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), "en"));
  assert_page_in_current_language (window, "surgery");
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Surgery"));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "In short"));
  g_assert_null (lg_test_find_label (GTK_WIDGET (window), "En resumen"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A view on screen stays on screen, in the new language: compare table, glossary, questions. */
static void
test_views (void)
{
  LgWindow *window = lg_test_window (app, 1280, 800);

  g_assert_true (lg_window_show_view (window, "compare"));
  lg_test_wait (100);
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Time in hospital"));

  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), "es"));
  lg_test_wait (100);
  g_assert_cmpstr (lg_window_get_view_name (window), ==, "compare");
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Comparar tratamientos"));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Tiempo en el hospital"));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Unos 3 a 6 días"));
  g_assert_null (lg_test_find_label (GTK_WIDGET (window), "Time in hospital"));
  /* The sidebar's view rows too. */
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Glosario"));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Preguntas para hacer"));

  g_assert_true (lg_window_show_view (window, "glossary"));
  lg_test_wait (100);
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Resección"));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window),
                                        "Las palabras médicas que usa esta guía, cada una "
                                        "explicada en pocas palabras sencillas."));

  g_assert_true (lg_window_show_view (window, "questions"));
  lg_test_wait (100);
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "¿Se pueden extirpar todos mis tumores?"));

  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), "en"));
  lg_test_wait (100);
  g_assert_cmpstr (lg_window_get_view_name (window), ==, "questions");
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "Can all my tumors be removed?"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The header menu's action chooses and remembers; "" follows the system. */
static void
test_menu_action (void)
{
  GSettings *settings = lg_settings_get_gsettings (lg_application_get_settings (app));
  LgWindow *window = lg_test_window (app, 1100, 760);
  GtkMenuButton *button = GTK_MENU_BUTTON (language_button (window));
  GMenuModel *menu = gtk_menu_button_get_menu_model (button);
  g_autofree char *stored = NULL;

  /* Two languages by their own names, then following the system. */
  g_assert_nonnull (menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  g_assert_cmpint (g_menu_model_get_n_items (g_menu_model_get_item_link (menu, 0, "section")), >=, 2);

  g_assert_true (lg_window_show_topic (window, "ablation"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "content-language",
                                  g_variant_new_string ("es"));
  assert_page_in_current_language (window, "ablation");
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window),
                                        "Ablación (por microondas y por radiofrecuencia)"));
  stored = g_settings_get_string (settings, "content-language");
  g_assert_cmpstr (stored, ==, "es");

  /* Following the system: LANGUAGE=es asks for Spanish, a system in English gives English. */
  g_setenv ("LANGUAGE", "es", TRUE);
  g_action_group_activate_action (G_ACTION_GROUP (app), "content-language",
                                  g_variant_new_string (""));
  g_assert_cmpstr (lg_session_get_content_language (lg_application_get_session (app)), ==, "es");
  g_unsetenv ("LANGUAGE");
  g_settings_set_string (settings, "content-language", "en");
  g_settings_set_string (settings, "content-language", "");
  g_assert_cmpstr (lg_session_get_content_language (lg_application_get_session (app)), ==, "en");
  assert_page_in_current_language (window, "ablation");

  g_settings_set_string (settings, "content-language", "en");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A label under @root that is shown and links to an address starting with @prefix. */
static GtkWidget *
find_link (GtkWidget  *root,
           const char *prefix)
{
  g_autofree char *href = g_strdup_printf ("href=\"%s", prefix);

  if (GTK_IS_LABEL (root) && lg_test_is_shown (root) &&
      strstr (gtk_label_get_label (GTK_LABEL (root)), href) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_link (child, prefix);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A Spanish-language source is listed on the Spanish page and not on the English one; the English
 * sources stay in Spanish, since the Spanish text translates text they back (issue 16 item 5). */
static void
test_spanish_sources (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  const char *nci_es = "https://www.cancer.gov/espanol/";
  const char *english = "https://pmc.ncbi.nlm.nih.gov/articles/PMC8870224/";

  g_assert_true (lg_window_show_topic (window, "surgery"));
  lg_test_wait (100);
  g_assert_nonnull (find_link (GTK_WIDGET (window), english));
  g_assert_null (find_link (GTK_WIDGET (window), nci_es));
  g_assert_null (lg_test_find_label_containing (GTK_WIDGET (window), "Tratamiento del cáncer de colon (PDQ®)"));

  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), "es"));
  assert_page_in_current_language (window, "surgery");
  g_assert_nonnull (find_link (GTK_WIDGET (window), nci_es));
  g_assert_nonnull (lg_test_find_label_containing (GTK_WIDGET (window),
                                                   "Instituto Nacional del Cáncer (NCI), "
                                                   "Tratamiento del cáncer de colon (PDQ®)"));
  g_assert_nonnull (find_link (GTK_WIDGET (window), english));

  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), "en"));
  assert_page_in_current_language (window, "surgery");
  g_assert_null (find_link (GTK_WIDGET (window), nci_es));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ticks survive a change of language: the handout carries them in the new one. */
static void
test_ticks_kept (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);
  LgTopic *surgery = lg_content_store_lookup_topic (current_store (), "surgery");
  g_autofree char *english = plain (current_store (), lg_topic_get_questions (surgery)[1]);
  g_autofree char *spanish = NULL;
  GtkWidget *check;

  g_assert_true (lg_window_show_topic (window, "surgery"));
  lg_test_wait (50);
  check = gtk_widget_get_ancestor (lg_test_find_label (GTK_WIDGET (window), english),
                                   GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);

  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), "es"));
  surgery = lg_content_store_lookup_topic (current_store (), "surgery");
  spanish = plain (current_store (), lg_topic_get_questions (surgery)[1]);
  g_assert_cmpstr (spanish, ==, "¿Cuánto de mi hígado quedará después de la cirugía?");
  lg_test_wait (50);
  check = gtk_widget_get_ancestor (lg_test_find_label (GTK_WIDGET (window), spanish),
                                   GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), "en"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A language the app does not carry: English, and a notice in the window. */
static void
test_unavailable (void)
{
  LgWindow *window = lg_test_window (app, 1100, 760);

  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), "es"));
  g_assert_true (lg_window_show_topic (window, "sbrt"));
  g_assert_false (lg_session_set_content_language (lg_application_get_session (app), "xx"));
  g_assert_cmpstr (lg_session_get_content_language (lg_application_get_session (app)), ==, "en");
  assert_page_in_current_language (window, "sbrt");
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "SBRT (stereotactic body radiation therapy)"));
  lg_test_wait (300);
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), "No content in “xx”; showing English"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Runs this program again for @test_path with the locale variables given. */
static void
run_child (const char *test_path,
           const char *lang,
           const char *language)
{
  g_unsetenv ("LC_ALL");
  g_unsetenv ("LC_MESSAGES");
  g_setenv ("LANG", lang, TRUE);
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  g_setenv ("LG_TEST_CHILD", "1", TRUE);
  g_test_trap_subprocess (test_path, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("LG_TEST_CHILD");
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  g_test_trap_assert_passed ();
}

/* In the child: a window with content in @content, and the interface words it should show. */
static void
check_window (const char *content,
              const char *title,
              const char *in_short_heading,
              const char *placeholder,
              const char *back_tooltip)
{
  LgWindow *window;
  GtkWidget *entry;
  g_autofree char *shown_placeholder = NULL;

  g_assert_true (lg_session_set_content_language (lg_application_get_session (app), content));
  window = lg_test_window (app, 360, 720);
  g_assert_true (lg_window_show_topic (window, "surgery"));
  assert_page_in_current_language (window, "surgery");
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), title));
  g_assert_nonnull (lg_test_find_label (GTK_WIDGET (window), in_short_heading));
  entry = sidebar_search (window);
  g_object_get (entry, "placeholder-text", &shown_placeholder, NULL);
  g_assert_cmpstr (shown_placeholder, ==, placeholder);
  g_assert_nonnull (lg_test_find_tooltip (GTK_WIDGET (window), back_tooltip));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A Spanish system (a real es_ES.UTF-8 locale, from Debian's locales-all: newer C libraries
 * ignore LANGUAGE under C.UTF-8) that chose English content. */
static void
test_spanish_ui_english_content (void)
{
  locale_t spanish;

  if (g_test_subprocess ())
    {
      /* The Spanish catalogue is found, so the interface really is Spanish here... */
      g_assert_cmpstr (_("Search topics"), ==, "Buscar temas");
      /* ...and the content is English all the same. */
      check_window ("en", "Surgery", "In short", "Buscar temas", "Volver a los temas");
      return;
    }

  spanish = newlocale (LC_ALL_MASK, "es_ES.UTF-8", (locale_t) 0);
  if (spanish == (locale_t) 0)
    {
      g_test_skip ("the es_ES.UTF-8 locale is not installed (Debian package locales-all)");
      return;
    }
  freelocale (spanish);
  run_child ("/lg/content-language/spanish-ui-english-content", "es_ES.UTF-8", NULL);
}

static void
test_english_ui_spanish_content_c_utf8 (void)
{
  if (g_test_subprocess ())
    {
      g_assert_cmpstr (_("Search topics"), ==, "Search topics");
      check_window ("es", "Cirugía", "En resumen", "Search topics", "Back to Topics");
      return;
    }
  run_child ("/lg/content-language/english-ui-spanish-content-c-utf8", "C.UTF-8", NULL);
}

static void
test_plain_c (void)
{
  if (g_test_subprocess ())
    {
      /* Under plain C gettext ignores LANGUAGE, so the interface is English; the content does
       * not depend on the locale at all and shows Spanish, accents and all. */
      g_assert_cmpstr (_("Search topics"), ==, "Search topics");
      check_window ("es", "Cirugía", "En resumen", "Search topics", "Back to Topics");
      check_window ("en", "Surgery", "In short", "Search topics", "Back to Topics");
      return;
    }
  run_child ("/lg/content-language/plain-c", "C", "es");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The parent runs with an English interface; a child keeps what its parent set for it. */
  if (g_getenv ("LG_TEST_CHILD") == NULL)
    {
      g_unsetenv ("LC_ALL");
      g_unsetenv ("LC_MESSAGES");
      g_unsetenv ("LANGUAGE");
      g_setenv ("LANG", "C.UTF-8", TRUE);
    }
  setlocale (LC_ALL, "");
  /* The catalogues this build made, so a Spanish interface is possible uninstalled. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LG_LOCALEDIR") ? g_getenv ("LG_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() switches to en_US.UTF-8 where it exists; a child runs in the locale its
   * parent chose for it. */
  if (g_getenv ("LG_TEST_CHILD") != NULL)
    setlocale (LC_ALL, "");
  adw_init ();
  app = lg_test_application ();

  g_test_add_func ("/lg/content-language/switch", test_switch);
  g_test_add_func ("/lg/content-language/views", test_views);
  g_test_add_func ("/lg/content-language/menu-action", test_menu_action);
  g_test_add_func ("/lg/content-language/ticks-kept", test_ticks_kept);
  g_test_add_func ("/lg/content-language/spanish-sources", test_spanish_sources);
  g_test_add_func ("/lg/content-language/unavailable", test_unavailable);
  g_test_add_func ("/lg/content-language/spanish-ui-english-content",
                   test_spanish_ui_english_content);
  g_test_add_func ("/lg/content-language/english-ui-spanish-content-c-utf8",
                   test_english_ui_spanish_content_c_utf8);
  g_test_add_func ("/lg/content-language/plain-c", test_plain_c);

  status = g_test_run ();
  g_object_unref (app);
  return status;
}
