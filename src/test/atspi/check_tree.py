#!/usr/bin/python3
"""Checks Backstep through AT-SPI, as a screen reader sees it (run by run-atspi-check.sh).

1. The window appears in the accessibility tree.
2. No focusable control that is showing is unnamed.
3. The network diagram is a canvas with one child per node, and its description changes when
   the student steps.
4. Tab walks the debugger's controls and comes back to where it started (no trap).
Prints what it found; exits 1 when a check fails.
"""
import subprocess
import sys
import time

import pyatspi

CONTROLS = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_SLIDER,
            pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
            pyatspi.ROLE_CANVAS, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU, pyatspi.ROLE_SPIN_BUTTON}
failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def find_frame(timeout):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is None:
                continue
            for window in app:
                if window is not None and (window.name or "").startswith("Backstep"):
                    return window
        time.sleep(0.5)
    return None


def walk(node, depth=0):
    """Every object below node, skipping the cells of tables (their rows are data, not controls)."""
    yield node, depth
    if node.getRole() in (pyatspi.ROLE_TABLE,):
        return
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def showing(node):
    states = node.getState()
    return states.contains(pyatspi.STATE_SHOWING)


def focused(frame):
    for node, _ in walk(frame):
        if node.getState().contains(pyatspi.STATE_FOCUSED):
            return node
    return None


def describe(node):
    return "%s '%s'" % (node.getRoleName(), node.name)


def key(name):
    subprocess.run(["xdotool", "key", name], check=True)
    time.sleep(0.4)


def main():
    frame = find_frame(40)
    if frame is None:
        print("FAIL: no Backstep window in the accessibility tree (is the bridge on?)")
        return 1
    print("window: " + frame.name)

    controls = 0
    diagram = None
    for node, _ in walk(frame):
        role = node.getRole()
        if role == pyatspi.ROLE_CANVAS and node.name == "Network diagram":
            diagram = node
        if role in CONTROLS and showing(node) and node.getState().contains(pyatspi.STATE_FOCUSABLE):
            controls += 1
            if not (node.name or "").strip():
                fail("unnamed control: " + node.getRoleName() + " in " + (node.parent.name or node.parent.getRoleName()))
    print("focusable controls showing: %d" % controls)

    if diagram is None:
        fail("no canvas named 'Network diagram'")
        return 1
    nodes = [diagram.getChildAtIndex(i).name for i in range(diagram.childCount)]
    print("diagram nodes: " + ", ".join(nodes))
    if len(nodes) != 6:
        fail("the seed diagram should have 6 node children, has %d" % len(nodes))
    before = diagram.description
    print("diagram before: " + before)
    # The diagram has the focus when the window opens, but the guide's first question holds the
    # step: the arrow key moves nothing and the focus goes to the answer field.
    key("Right")
    held = diagram.description
    print("diagram after Right: " + held)
    if held != before:
        fail("the step moved past the guide's open first question")
    answer = focused(frame)
    print("focus after Right: " + (describe(answer) if answer else "none"))
    if answer is None or answer.getRole() != pyatspi.ROLE_TEXT:
        fail("a step held by the guide did not put the focus in the answer field")
    # The right answer steps onto the event, and the diagram's description follows the step.
    for name in ["0", "period", "4", "6", "Return"]:
        key(name)
    after = diagram.description
    print("diagram after the answer: " + after)
    if after == before or not after.startswith("Event "):
        fail("the diagram's description did not follow the step")

    start = focused(frame)
    print("focus at start: " + (describe(start) if start else "none"))
    order = []
    back = False
    for _ in range(80):
        key("Tab")
        now = focused(frame)
        if now is None:
            fail("Tab left no focused object")
            break
        if start is not None and now.name == start.name and now.getRole() == start.getRole():
            back = True
            break
        order.append(describe(now))
    print("Tab order: " + " > ".join(order))
    if not back:
        fail("Tab did not come back to the start within 80 presses (a trap?)")
    print("%d checks failed" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
