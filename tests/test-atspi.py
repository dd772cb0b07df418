#!/usr/bin/env python3
# test-atspi.py — what a screen reader really gets from the running app.
#
# Starts the real liver-guide with the AT-SPI bridge on (GTK_A11Y=atspi), once per topic
# (--topic=ID) and once in exam-room mode, walks the app's accessibility tree over AT-SPI as Orca
# would, and fails on any focusable or clickable element that has no name. In the exam-room run a
# stand-in org.gnome.SessionManager records that the app keeps the screen awake (Inhibit, idle)
# while the mode lasts and lets go (Uninhibit) when "Leave Exam-Room Mode" is pressed.
#
# Needs a display and a session bus: build-aux/dev test runs the suite under xvfb-run and
# dbus-run-session. Prints TAP.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import subprocess
import sys
import time

SM_XML = """
<node>
  <interface name="org.gnome.SessionManager">
    <method name="RegisterClient">
      <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="o" direction="out"/>
    </method>
    <method name="Inhibit">
      <arg type="s" direction="in"/><arg type="u" direction="in"/>
      <arg type="s" direction="in"/><arg type="u" direction="in"/><arg type="u" direction="out"/>
    </method>
    <method name="Uninhibit"><arg type="u" direction="in"/></method>
    <method name="IsInhibited"><arg type="u" direction="in"/><arg type="b" direction="out"/></method>
  </interface>
  <interface name="org.gnome.SessionManager.ClientPrivate">
    <method name="EndSessionResponse"><arg type="b" direction="in"/><arg type="s" direction="in"/></method>
  </interface>
</node>
"""
CLIENT_PATH = "/org/gnome/SessionManager/Client1"


def fake_session_manager(log_path):
    """Owns org.gnome.SessionManager on the session bus and writes each Inhibit/Uninhibit to a file."""
    from gi.repository import Gio, GLib

    node = Gio.DBusNodeInfo.new_for_xml(SM_XML)
    log = open(log_path, "a", buffering=1)
    cookies = iter(range(1, 1000))

    def on_call(connection, sender, path, interface, method, params, invocation):
        args = params.unpack()
        if method == "RegisterClient":
            invocation.return_value(GLib.Variant("(o)", (CLIENT_PATH,)))
        elif method == "Inhibit":
            cookie = next(cookies)
            log.write("inhibit %d %d %s\n" % (cookie, args[3], args[2]))
            invocation.return_value(GLib.Variant("(u)", (cookie,)))
        elif method == "Uninhibit":
            log.write("uninhibit %d\n" % args[0])
            invocation.return_value(None)
        elif method == "IsInhibited":
            invocation.return_value(GLib.Variant("(b)", (False,)))
        else:
            invocation.return_value(None)

    def on_bus(connection, name):
        connection.register_object("/org/gnome/SessionManager", node.interfaces[0], on_call)
        connection.register_object(CLIENT_PATH, node.interfaces[1], on_call)

    def on_name(connection, name):
        log.write("ready\n")

    Gio.bus_own_name(Gio.BusType.SESSION, "org.gnome.SessionManager", Gio.BusNameOwnerFlags.NONE,
                     on_bus, on_name, None)
    GLib.MainLoop().run()


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def result(self, ok, name, details=()):
        self.n += 1
        print("%s %d - %s" % ("ok" if ok else "not ok", self.n, name))
        for line in details:
            print("# " + line)
        if not ok:
            self.failed += 1
        sys.stdout.flush()


# The app runs with the suite's G_DEBUG=fatal-warnings; this script does not, since libatspi
# warns about GTK 4.8 not offering its cache interface.
APP_G_DEBUG = os.environ.pop("G_DEBUG", None)


def app_env():
    env = dict(os.environ)
    if APP_G_DEBUG is not None:
        env["G_DEBUG"] = APP_G_DEBUG
    env.pop("NO_AT_BRIDGE", None)
    env["GTK_A11Y"] = "atspi"
    env["LANG"] = "C.UTF-8"
    env["LANGUAGE"] = ""
    return env


def wait_for(condition, seconds=20):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    return None


def find_app(Atspi, pid):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        try:
            if app is not None and app.get_process_id() == pid and app.get_child_count() > 0:
                return app
        except Exception:
            pass
    return None


def walk(Atspi, node, path, found, depth=0):
    """Every showing node below @node, with its role, name, states and actions."""
    if depth > 60:
        return
    try:
        states = node.get_state_set()
        role = node.get_role_name()
        name = node.get_name() or ""
        actions = []
        action = node.get_action_iface() if "Action" in node.get_interfaces() else None
        if action is not None:
            actions = [action.get_action_name(i) for i in range(action.get_n_actions())]
        n_children = node.get_child_count()
    except Exception as error:  # a node that went away while we looked
        found.append(dict(path=path, role="gone", name=str(error), focusable=False, actions=[], showing=False))
        return
    showing = states.contains(Atspi.StateType.SHOWING) or states.contains(Atspi.StateType.VISIBLE)
    found.append(dict(path=path + "/" + role, role=role, name=name.strip(), showing=showing,
                      focusable=states.contains(Atspi.StateType.FOCUSABLE), actions=actions, node=node))
    for i in range(n_children):
        child = node.get_child_at_index(i)
        if child is not None:
            walk(Atspi, child, path + "/" + role, found, depth + 1)


def unnamed_controls(found):
    bad = []
    for item in found:
        if not item["showing"] or item["role"] == "gone":
            continue
        # A scrolled window is focusable in newer GTK (to scroll by keyboard), but GTK 4.18 gives a
        # "scroll pane" no name even when one is set (lg-window.c names ours): what matters is
        # that the controls inside it are named, and they are checked.
        if item["role"] == "scroll pane" and not item["actions"]:
            continue
        clickable = any(a in ("click", "activate", "press", "toggle") for a in item["actions"])
        if (item["focusable"] or clickable) and not item["name"]:
            bad.append("%s (focusable=%s, actions=%s)" % (item["path"], item["focusable"], ",".join(item["actions"])))
    return bad


def run_app(binary, args):
    return subprocess.Popen([binary] + args, env=app_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def stop_app(process):
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    err = process.stderr.read().decode(errors="replace").strip()
    return err


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--fake-session-manager":
        fake_session_manager(sys.argv[2])
        return 0

    binary = os.environ.get("LG_BINARY")
    if not binary or not os.environ.get("DBUS_SESSION_BUS_ADDRESS") or not os.environ.get("DISPLAY"):
        print("1..0 # SKIP needs LG_BINARY, a display and a session bus (build-aux/dev test has both)")
        return 0
    try:
        import gi
        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi
    except (ImportError, ValueError) as error:
        print("1..0 # SKIP no AT-SPI bindings (python3-gi, gir1.2-atspi-2.0): %s" % error)
        return 0

    quiet = {k: v for k, v in app_env().items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    topics = subprocess.run([binary, "--list-topics"], env=quiet, capture_output=True, text=True, check=True)
    ids = [line.split("\t")[0] for line in topics.stdout.splitlines() if line]
    build_dir = os.environ.get("G_TEST_BUILDDIR", ".")
    sm_log = os.path.join(build_dir, "atspi-session-manager.log")
    if os.path.exists(sm_log):
        os.unlink(sm_log)
    sm = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--fake-session-manager", sm_log])
    # Start the accessibility bus and registry before the first app, as a desktop session has them.
    Atspi.get_desktop(0).get_child_count()
    time.sleep(1)
    tap = Tap()
    print("1..%d" % (len(ids) + 5))
    try:
        if not wait_for(lambda: os.path.exists(sm_log) and "ready" in open(sm_log).read()):
            print("Bail out! the stand-in session manager did not start")
            return 1

        for topic in ids:
            app = run_app(binary, ["--topic=" + topic])
            accessible = wait_for(lambda: find_app(Atspi, app.pid))
            found = []
            if accessible is not None:
                time.sleep(0.5)  # let the page fill in
                walk(Atspi, accessible, "", found)
            err = stop_app(app)
            controls = [f for f in found if f["showing"] and (f["focusable"] or f["actions"])]
            bad = unnamed_controls(found)
            details = ["%d nodes, %d controls" % (len(found), len(controls))] + \
                      ["lost: " + f["name"] for f in found if f["role"] == "gone"] + \
                      ["no name: " + b for b in bad] + (["stderr: " + err] if err else [])
            ok = accessible is not None and not bad and len(controls) > 15 and not err
            tap.result(ok, "%s: every focusable or clickable element has a name" % topic, details)

        # The main menu, opened through its AT-SPI action: its items and the text size buttons.
        app = run_app(binary, ["--topic=surgery"])
        accessible = wait_for(lambda: find_app(Atspi, app.pid))
        found = []
        if accessible is not None:
            time.sleep(0.5)
            walk(Atspi, accessible, "", found)
            menu = [f for f in found if f["name"] == "Main Menu" and f["actions"]]
            if menu:
                menu[0]["node"].get_action_iface().do_action(0)
                time.sleep(1)
            found = []
            walk(Atspi, accessible, "", found)
        err = stop_app(app)
        bad = unnamed_controls(found)
        names = [f["name"] for f in found]
        wanted = ["Smaller Text", "Reset Text Size", "Larger Text", "Exam-Room Mode"]
        missing = [w for w in wanted if not any(n.replace("_", "") == w for n in names)]
        tap.result(not bad and not missing and not err, "main menu: every element named, text size buttons there",
                   ["no name: " + b for b in bad] + ["missing: " + m for m in missing] + (["stderr: " + err] if err else []))

        # Exam-room mode: the same check, the screen kept awake, and let go when leaving.
        app = run_app(binary, ["--topic=surgery", "--exam-room"])
        accessible = wait_for(lambda: find_app(Atspi, app.pid))
        found = []
        if accessible is not None:
            time.sleep(0.5)
            walk(Atspi, accessible, "", found)
        bad = unnamed_controls(found)
        names = [f["name"] for f in found if f["showing"]]
        tap.result(accessible is not None and not bad, "exam-room: every focusable or clickable element has a name",
                   ["no name: " + b for b in bad])
        wanted = ["Previous Topic: Tests and scans", "Next Topic: Portal vein embolization",
                  "Leave Exam-Room Mode", "Show Topics"]
        missing = [w for w in wanted if w not in names]
        tap.result(not missing, "exam-room: large previous/next buttons and leave/topics buttons are named",
                   ["missing: " + m for m in missing])

        inhibits = wait_for(lambda: [l.split() for l in open(sm_log) if l.startswith("inhibit ")], 10) or []
        ok = len(inhibits) == 1 and inhibits[0][2] == "8" and " ".join(inhibits[0][3:]) == "Exam-room mode"
        tap.result(ok, "exam-room: the screen is kept awake (Inhibit, idle)", ["log: %s" % inhibits])

        leave = [f for f in found if f["showing"] and f["name"] == "Leave Exam-Room Mode" and f["actions"]]
        if leave:
            leave[0]["node"].get_action_iface().do_action(0)
        cookie = inhibits[0][1] if inhibits else "?"
        released = wait_for(lambda: [l for l in open(sm_log) if l.strip() == "uninhibit " + cookie], 10)
        err = stop_app(app)
        tap.result(bool(leave) and bool(released) and not err,
                   "exam-room: leaving by its button lets the screen sleep again (Uninhibit)",
                   ["log: " + open(sm_log).read().replace("\n", "; ")] + (["stderr: " + err] if err else []))
    finally:
        sm.terminate()
        sm.wait()
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
