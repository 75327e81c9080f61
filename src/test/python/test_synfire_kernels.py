"""jupyter_kernel_test suites for the Synfire kernels, plus what that suite does not check:
state across cells, a clean error, interrupting a running simulation, and forged messages.

Run by org.synfire.notebook.JupyterKernelSuiteTest with JUPYTER_PATH pointing at freshly installed
kernelspecs: /usr/bin/python3 -m unittest -v test_synfire_kernels
"""
import json
import os
import sys
import time
import unittest

import jupyter_kernel_test
from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

TABLE = 'Table.create("rates", IntColumn.create("neuron", new int[] {0, 1, 2}), DoubleColumn.create("rate_Hz", new double[] {1.5, 2.5, 3.5}))'
CHART = 'new XYChartBuilder().width(300).height(200).title("trace").build()'


class SynfireChecks:
    """Samples and checks shared by both kernels. A subclass gives its statement terminator
    (`end`) and the code that differs between Java and Groovy."""

    end = ""
    completion_samples = [{"text": "Math.abs", "matches": {"abs(", "absExact("}}]
    code_execute_result = [
        {"code": "1 + 2", "result": "3"},
        {"code": "ms.of(5)", "result": "5 ms"},
        {"code": TABLE, "mime": "text/html"},
    ]
    code_inspect_sample = "Network.create"
    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "1 + 2"
    code_time_after_run = "sim.t()"
    code_first_cell = "ms.of(5)"
    code_busy_loop = "while (true) { }"
    code_network = ""
    code_two_line_error = ""
    startup_limit_s = 10.0

    @property
    def code_page_something(self):
        return 'page("Synfire: a spiking-neural-network simulator")' + self.end

    @property
    def code_generate_error(self):
        return 'throw new IllegalStateException("planned failure")' + self.end

    @property
    def code_display_data(self):
        return [
            {"code": "display(" + TABLE + ")" + self.end, "mime": "text/html"},
            {"code": "display(" + CHART + ")" + self.end, "mime": "image/png"},
            {"code": "display(" + CHART + ", 'image/svg+xml')".replace("'", '"') + self.end, "mime": "image/svg+xml"},
        ]

    @property
    def code_clear_output(self):
        return "clearOutput()" + self.end

    @property
    def code_long_run(self):
        return "sim.run(second.of(100000))" + self.end

    def run_cell(self, code, timeout=60):
        msg_id = self.kc.execute(code)
        reply = self.kc.get_shell_msg(timeout=timeout)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = self.kc.get_shell_msg(timeout=timeout)
        outputs = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=timeout)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
            outputs.append(msg)
        return reply, outputs

    def result_text(self, outputs):
        results = [m for m in outputs if m["msg_type"] == "execute_result"]
        self.assertEqual(len(results), 1, outputs)
        return results[0]["content"]["data"]["text/plain"]

    def test_synfire_starts_within_seconds(self):
        """From launch to the result of a first cell that uses Synfire, as a user waits for it."""
        started = time.monotonic()
        km, kc = start_new_kernel(kernel_name=self.kernel_name, startup_timeout=60)
        try:
            ready = time.monotonic() - started
            msg_id = kc.execute(self.code_first_cell)
            reply = kc.get_shell_msg(timeout=60)
            while reply["parent_header"].get("msg_id") != msg_id:
                reply = kc.get_shell_msg(timeout=60)
            first = time.monotonic() - started
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
        print(f"\nstart-up of {self.kernel_name}: kernel_info answered after {ready:.2f} s, "
              f"first cell ({self.code_first_cell!r}) answered after {first:.2f} s", file=sys.stderr)
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        self.assertLess(first, self.startup_limit_s)

    def test_synfire_restart_gives_a_fresh_kernel_and_shutdown_ends_it(self):
        km, kc = start_new_kernel(kernel_name=self.kernel_name, startup_timeout=60)
        try:
            first = km.provisioner.process.pid
            self.assertEqual(kc.execute_interactive("marker = 1" if self.end == "" else "int marker = 1;", timeout=30)
                             ["content"]["status"], "ok")
            km.restart_kernel(now=False)
            kc.wait_for_ready(timeout=30)
            self.assertNotEqual(first, km.provisioner.process.pid)
            reply = kc.execute_interactive("marker", timeout=30)
            self.assertEqual(reply["content"]["status"], "error", "a restarted kernel must not know old variables")
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=False)
        self.assertFalse(km.is_alive())

    def test_synfire_user_expressions_are_evaluated(self):
        self.flush_channels()
        msg_id = self.kc.execute("1 + 2", user_expressions={"answer": "6 * 7", "broken": "noSuchName"})
        reply = self.kc.get_shell_msg(timeout=30)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = self.kc.get_shell_msg(timeout=30)
        expressions = reply["content"]["user_expressions"]
        self.assertEqual(expressions["answer"]["status"], "ok", expressions)
        self.assertEqual(expressions["answer"]["data"]["text/plain"], "42")
        self.assertEqual(expressions["broken"]["status"], "error", expressions)

    def test_synfire_notebook_runs_headless_with_nbclient(self):
        """What nbconvert --execute does with a tutorial: a fresh kernel runs every cell in order."""
        import nbclient
        import nbformat

        cells = [self.code_network, self.code_progress_run, "display(" + TABLE + ")" + self.end,
                 "display(" + CHART + ")" + self.end, "display(" + CHART + ", \"image/svg+xml\")" + self.end, "sim.t()"]
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
        nbclient.NotebookClient(nb, kernel_name=self.kernel_name, timeout=120).execute()
        outputs = [o for cell in nb.cells for o in cell.outputs]
        mimes = {m for o in outputs for m in o.get("data", {})}
        self.assertTrue({"text/html", "image/png", "image/svg+xml", "text/plain"} <= mimes, mimes)
        self.assertEqual([o for o in outputs if o["output_type"] == "error"], [])
        self.assertIn("500", nb.cells[-1].outputs[-1]["data"]["text/plain"])

    def test_synfire_state_survives_an_error(self):
        self.flush_channels()
        reply, _ = self.run_cell(self.code_network)
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        reply, outputs = self.run_cell(self.code_two_line_error)
        self.assertEqual(reply["content"]["status"], "error")
        errors = [m for m in outputs if m["msg_type"] == "error"]
        self.assertEqual(len(errors), 1)
        traceback = "\n".join(errors[0]["content"]["traceback"])
        self.assertIn("line 2", traceback)
        self.assertIn("planned failure", traceback)
        self.assertLess(len(errors[0]["content"]["traceback"]), 6, traceback)
        self.assertNotIn("jdk.jshell", traceback)
        self.assertNotIn("org.codehaus.groovy", traceback)
        reply, outputs = self.run_cell(self.code_time_after_run)
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])

    def test_synfire_interrupt_stops_the_simulation_and_keeps_it(self):
        self.flush_channels()
        reply, _ = self.run_cell(self.code_network)
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        msg_id = self.kc.execute(self.code_long_run)
        time.sleep(2.0)
        asked = time.monotonic()
        self.km.interrupt_kernel()
        reply = self.kc.get_shell_msg(timeout=30)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = self.kc.get_shell_msg(timeout=30)
        stopped_after = time.monotonic() - asked
        self.assertEqual(reply["content"]["status"], "error", reply["content"])
        self.assertEqual(reply["content"]["ename"], "Interrupted")
        self.assertLess(stopped_after, 1.5, "the simulation must stop at a step boundary, not by force")
        self.assertTrue(self.km.is_alive())
        reply, outputs = self.run_cell(self.code_time_after_run)
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        t = float(self.result_text(outputs).split()[0])
        self.assertGreater(t, 0, "the run's progress must be kept")
        self.assertLess(t, 100000, "the run must have stopped early")

    def test_synfire_interrupt_stops_a_busy_loop(self):
        self.flush_channels()
        msg_id = self.kc.execute(self.code_busy_loop)
        time.sleep(1.0)
        asked = time.monotonic()
        self.km.interrupt_kernel()
        reply = self.kc.get_shell_msg(timeout=30)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = self.kc.get_shell_msg(timeout=30)
        self.assertEqual(reply["content"]["status"], "error", reply["content"])
        self.assertEqual(reply["content"]["ename"], "Interrupted")
        self.assertLess(time.monotonic() - asked, 5.0)
        reply, outputs = self.run_cell("1 + 2")
        self.assertEqual(self.result_text(outputs), "3")

    @property
    def code_progress_run(self):
        return "sim.run(ms.of(500), progress())" + self.end

    def test_synfire_progress_updates_one_display(self):
        self.flush_channels()
        reply, _ = self.run_cell(self.code_network)
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        reply, outputs = self.run_cell(self.code_progress_run)
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        shown = [m for m in outputs if m["msg_type"] == "display_data"]
        updates = [m for m in outputs if m["msg_type"] == "update_display_data"]
        self.assertEqual(len(shown), 1, outputs)
        self.assertGreaterEqual(len(updates), 1, outputs)
        display_id = shown[0]["content"]["transient"]["display_id"]
        self.assertTrue(all(u["content"]["transient"]["display_id"] == display_id for u in updates))
        self.assertIn("100%", updates[-1]["content"]["data"]["text/plain"])

    def test_synfire_many_lines_arrive_in_few_messages_in_order(self):
        """A printing loop's lines are batched into few stream messages (Jupyter's server drops
        output past 1,000 messages a second), in order with the cell's stderr and displays."""
        self.flush_channels()
        started = time.monotonic()
        reply, outputs = self.run_cell(self.code_many_lines)
        seconds = time.monotonic() - started
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        streams = [m for m in outputs if m["msg_type"] == "stream"]
        print(f"\n{self.kernel_name}: 100,000 lines in {len(streams)} stream messages, {seconds:.1f} s", file=sys.stderr)
        self.assertLess(len(streams), 500)
        kinds = [m["msg_type"] if m["msg_type"] != "stream" else m["content"]["name"] for m in outputs]
        kinds = [k for i, k in enumerate(kinds) if i == 0 or kinds[i - 1] != k]
        self.assertEqual(kinds[-4:], ["stdout", "stderr", "display_data", "stdout"], kinds)
        stdout = "".join(m["content"]["text"] for m in streams if m["content"]["name"] == "stdout")
        self.assertEqual(stdout.splitlines(), [str(i) for i in range(100000)] + ["after"])

    def test_synfire_forged_messages_are_ignored(self):
        self.flush_channels()
        forged = self.km.client()
        forged.session = Session(key=b"not-the-key", username="intruder")
        forged.start_channels()
        try:
            forged.execute('System.out.println("forged")' + self.end)
            with self.assertRaises(Exception):
                forged.get_shell_msg(timeout=2)
        finally:
            forged.stop_channels()
        # Correctly signed, but the content is not JSON: rejected, and the kernel keeps serving.
        header = json.dumps(self.kc.session.msg_header("execute_request"), default=str).encode()
        self.kc.session.send_raw(self.kc.shell_channel.socket, [header, b"{}", b"{}", b'{"code": "1 +'])
        reply, outputs = self.run_cell(self.code_hello_world)
        self.assertEqual(reply["content"]["status"], "ok")
        streams = [m for m in outputs if m["msg_type"] == "stream"]
        self.assertNotIn("forged", "".join(m["content"]["text"] for m in streams))


class JavaKernelTests(SynfireChecks, jupyter_kernel_test.KernelTests):
    kernel_name = "synfire-java"
    language_name = "java"
    file_extension = ".jshell"
    end = ";"

    code_hello_world = 'System.out.println("hello, world");'
    code_stderr = 'System.err.println("to stderr");'
    complete_code_samples = ["1 + 1", "int x = 1;", "Network net = Network.create();"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "Math.max(1,"]
    invalid_code_samples = ["1 + )"]
    code_network = ('Network net = Network.create(); GroupSpec g = net.group("g", 200, Library.lif()); '
                    'Simulation sim = Simulation.build(net);')
    code_two_line_error = 'int a = 1;\nif (a == 1) throw new IllegalArgumentException("planned failure");'
    code_many_lines = ('for (int i = 0; i < 100000; i++) System.out.println(i);\n'
                       'System.err.println("to stderr"); display("shown"); System.out.println("after");')

    def test_synfire_java_cells_have_java_util_and_assertions(self):
        """Tutorial checks in Java cells use assert; List and Map come from java.util as in the jshell tool."""
        self.flush_channels()
        reply, outputs = self.run_cell('List<Integer> xs = new ArrayList<>(List.of(1, 2)); Map<String, Integer> m = Map.of("a", 1);')
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        reply, outputs = self.run_cell('assert xs.size() == 3 : "two, not three";')
        self.assertEqual(reply["content"]["status"], "error", "assert must be on in Java cells")
        self.assertIn("two, not three", reply["content"]["evalue"])


class GroovyKernelTests(SynfireChecks, jupyter_kernel_test.KernelTests):
    kernel_name = "synfire-groovy"
    language_name = "groovy"
    file_extension = ".groovy"

    code_hello_world = 'println "hello, world"'
    code_stderr = 'System.err.println "to stderr"'
    complete_code_samples = ["1 + 1", "def x = 1", "net = Network.create()"]
    incomplete_code_samples = ["def f(x) {", "[1, 2,", "s = \"\"\"multi", "1 +"]
    invalid_code_samples = ["1 + )", "def = 5"]
    code_network = ('def net = Network.create(); def g = net.group("g", 200, Library.lif())\n'
                    'Simulation sim = Simulation.build(net)')
    code_two_line_error = 'int a = 1\nif (a == 1) throw new IllegalArgumentException("planned failure")'
    code_many_lines = '100000.times { println it }\nSystem.err.println "to stderr"\ndisplay("shown")\nprintln "after"'

    def test_synfire_groovy_shift_tab_documents_words_models_and_groovy_methods(self):
        self.flush_channels()
        for code, expected in [("group", "Named arguments:"), ("lif", "Parameters and variables"), ("println", "Script.println(Object)")]:
            msg_id = self.kc.inspect(code, len(code))
            reply = self.kc.get_shell_msg(timeout=30)
            while reply["parent_header"].get("msg_id") != msg_id:
                reply = self.kc.get_shell_msg(timeout=30)
            self.assertTrue(reply["content"]["found"], code)
            self.assertIn(expected, reply["content"]["data"]["text/plain"])

    def test_synfire_groovy_cells_share_variables_methods_and_classes(self):
        self.flush_channels()
        for code in ["def rate = Hz.of(5)", "int n = 3", "def twice(x) { 2 * x }", "class Cell { int k }"]:
            reply, outputs = self.run_cell(code)
            self.assertEqual(reply["content"]["status"], "ok", reply["content"])
            self.assertEqual([m for m in outputs if m["msg_type"] == "execute_result"], [], code)
        reply, outputs = self.run_cell("twice(n) + new Cell(k: 1).k")
        self.assertEqual(self.result_text(outputs), "7")
        reply, outputs = self.run_cell("rate")
        self.assertIn("Hz", self.result_text(outputs))

    def test_synfire_groovy_dsl_builds_runs_and_plots_across_cells(self):
        """The DSL in a notebook: a network in one cell runs in the next, its raster shows inline."""
        self.flush_channels()
        for code in ["seed 1\ndef exc = group('exc', 50, lif(tau: 10.ms), I: '0.2*nA + i*4*pA')",
                     "def sp = probe spikes(exc)", "run 200.ms"]:
            reply, outputs = self.run_cell(code)
            self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        reply, outputs = self.run_cell("sp.count > 100")
        self.assertEqual(self.result_text(outputs), "true")
        reply, outputs = self.run_cell("raster(sp)")
        images = [m for m in outputs if m["msg_type"] == "execute_result" and "image/png" in m["content"]["data"]]
        self.assertEqual(len(images), 1, outputs)
        reply, outputs = self.run_cell("connect exc, exc, onPre: 'v += 1*mV', p: 0.1")
        self.assertEqual(reply["content"]["status"], "error")
        self.assertIn("connect: the network was built by the first run", reply["content"]["evalue"])
        reply, outputs = self.run_cell("gruop('x', 3, lif())")
        self.assertIn("unknown word 'gruop'", reply["content"]["evalue"])
        self.assertEqual(reply["content"]["ename"], "UnknownMethod")
        errors = [o for o in outputs if o["msg_type"] == "error"]
        self.assertEqual(len(errors), 1, outputs)
        self.assertNotIn("Exception", "\n".join(errors[0]["content"]["traceback"]), "no Groovy class names in what the cell shows")


def png_is_blank(data):
    """Whether a PNG (base64) draws nothing: its decompressed rows hold only a handful of byte
    values (a white or empty image), where a figure's axes, text and data hold many."""
    import base64
    import struct
    import zlib

    raw = base64.b64decode(data)
    chunks, at = [], 8
    while at < len(raw):
        length, kind = struct.unpack(">I4s", raw[at:at + 8])
        if kind == b"IDAT":
            chunks.append(raw[at + 8:at + 8 + length])
        at += 12 + length
    return len(set(zlib.decompress(b"".join(chunks)))) < 16


class TutorialsTests(unittest.TestCase):
    """Every notebook in tutorials/ runs headless as nbconvert --execute would run it: no cell may
    fail (their last cells assert the notebook's results), and the outputs must include what the
    notebook's metadata says it shows (e.g. PNG figures and HTML tables). The executed notebook
    exports to HTML (and Markdown) with every figure in it, none blank."""

    def test_every_tutorial_executes_and_shows_its_outputs(self):
        import glob
        import nbclient
        import nbformat

        here = os.path.dirname(os.path.abspath(__file__))
        notebooks = sorted(glob.glob(os.path.join(here, "..", "..", "..", "tutorials", "*.ipynb")))
        self.assertTrue(notebooks, "no notebooks in tutorials/")
        for path in notebooks:
            with self.subTest(notebook=os.path.basename(path)):
                nb = nbformat.read(path, as_version=4)
                solutions = self.run_solutions_in_place(nb)
                started = time.monotonic()
                nbclient.NotebookClient(nb, timeout=300, kernel_name=nb.metadata["kernelspec"]["name"]).execute()
                seconds = time.monotonic() - started
                print(f"tutorial {os.path.basename(path)}: {seconds:.1f} s", file=sys.stderr)
                outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
                self.assertEqual([o for o in outputs if o["output_type"] == "error"], [])
                mimes = {m for o in outputs for m in o.get("data", {})}
                expected = set(nb.metadata.get("synfire", {}).get("expect", []))
                self.assertTrue(expected <= mimes, f"expected {expected}, got {mimes}")
                nbformat.validate(nb)
                html = self.exports_with_its_figures(nb, outputs)
                self.assertEqual(html.count("<details>"), solutions, "every solution stays folded in the HTML export")

    @staticmethod
    def run_solutions_in_place(nb):
        """Solutions are folded markdown (<details> with a code block) that every front end keeps
        closed; each is run here as a code cell right after it, so CI checks it where it stands."""
        import re
        import nbformat

        count = 0
        for index in reversed(range(len(nb.cells))):
            cell = nb.cells[index]
            if cell.cell_type == "markdown" and cell.metadata.get("synfire", {}).get("solution"):
                code = re.search(r"```[a-z]*\n(.*?)\n```", cell.source, re.S)
                assert code, f"solution cell {index} has no code block"
                nb.cells.insert(index + 1, nbformat.v4.new_code_cell(code.group(1)))
                count += 1
        return count

    def exports_with_its_figures(self, nb, outputs):
        from nbconvert import HTMLExporter, MarkdownExporter

        figures = [o["data"] for o in outputs if "image/png" in o.get("data", {})]
        html, _ = HTMLExporter().from_notebook_node(nb)
        markdown, resources = MarkdownExporter().from_notebook_node(nb)
        for k, data in enumerate(figures):
            self.assertFalse(png_is_blank(data["image/png"]), f"figure {k + 1} is blank")
            # Figures are PNG only: the HTML exporter would prefer an SVG and its sanitiser empties it.
            self.assertNotIn("image/svg+xml", data, f"figure {k + 1} carries an SVG the export would blank")
            self.assertIn(data["image/png"].strip()[:200], html, f"figure {k + 1} of {len(figures)} is not in the HTML export")
        self.assertEqual(len([n for n in resources.get("outputs", {}) if n.endswith(".png")]), len(figures),
                         "the Markdown export writes every figure as a file")
        return html


if __name__ == "__main__":
    unittest.main()
