from mdxlint.lint.diagnostics import Severity
from mdxlint.mdx.document import Document
from mdxlint.lint.rule import Rule, RuleContext
from mdxlint.analyzers.spark import analyze, not_caught, spark_raises
from mdxlint.analyzers.spark.columns import FRAME_REQUIRED


class WindowFrameRefused(Rule):
    """A ranking function, `lag` or `lead` over a window with a frame Spark does not take for it.

    ## What it does
    Reports `row_number`, `rank`, `dense_rank`, `percent_rank`, `ntile` and `cume_dist` over a
    window whose `rowsBetween` / `rangeBetween` frame is not the one each requires (`ROWS
    BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW`; for `cume_dist`, `RANGE` between the same
    bounds), and `lag` or `lead` over a window with a frame written out other than the one row
    they read (`lag("op", 2)` takes `rowsBetween(-2, -2)`, and no other). The usual cause is a
    window spec made for a running total (`rowsBetween(-2, 0)`) reused to number rows. The same
    in SQL text (`spark.sql`, `selectExpr`, `expr`): a `ROWS`/`RANGE` clause in the function's
    `OVER (…)`, where `LAG` takes none at all, not even its own row's. Frames
    whose bounds are not numbers or `Window`'s constants are not judged. A call inside a `try`
    whose `except` catches `AnalysisException` (or `Exception`, or a bare `except:`) is not
    reported.

    ## Why is this bad
    Spark refuses the projection where it is made: `AnalysisException: Window Frame
    specifiedwindowframe(RowFrame, -2, currentrow$()) must match the required frame
    specifiedwindowframe(RowFrame, unboundedpreceding$(), currentrow$())`, or for `lag` and
    `lead`: `Cannot specify window frame for lag function.`

    ## Example
    ````mdx
    ```python
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([(1, 10, 5)], "id INT, lsn BIGINT, amount INT")
    recent = Window.partitionBy("id").orderBy("lsn").rowsBetween(-2, 0)
    ranked = changes.select("id", F.sum("amount").over(recent), F.row_number().over(recent))
    ```
    ````

    ## Use instead
    ````mdx
    ```python
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    changes = spark.createDataFrame([(1, 10, 5)], "id INT, lsn BIGINT, amount INT")
    ordered = Window.partitionBy("id").orderBy("lsn")
    ranked = changes.select("id", F.sum("amount").over(ordered.rowsBetween(-2, 0)), F.row_number().over(ordered))
    ```
    ````
    """

    code = "SPK064"
    name = "window-frame-refused"
    severity = Severity.ERROR

    def check(self, doc: Document, ctx: RuleContext) -> None:
        for site, function, frame in not_caught(analyze(doc).sql_refused_frames):
            if function == "lag":
                ctx.report(*site.range(), f"`lag` in SQL takes no frame written in its `OVER (…)`, not even the one row it "
                                          f"reads (Spark 4.1 refuses {_plain(frame)}); leave the `ROWS`/`RANGE` clause out; "
                                          f"{spark_raises('Cannot specify window frame for lag function.')}")
                continue
            self._report(ctx, site, function, frame)
        for site, function, frame in not_caught(analyze(doc).refused_frames):
            self._report(ctx, site, function, frame)

    @staticmethod
    def _report(ctx: RuleContext, site, function: str, frame: tuple[str, str, str]) -> None:
        written = f"specifiedwindowframe({', '.join(frame)})"
        required = FRAME_REQUIRED[function]
        if required is None:  # lag, lead: over a frame other than the one row they read
            ctx.report(*site.range(), f"`{function}` reads a row a fixed distance away and takes no frame but that "
                                      f"row, and this window has another ({_plain(frame)}); give it a window without "
                                      f"a frame; {spark_raises(f'Cannot specify window frame for {function} function.')}")
            return
        needed = f"specifiedwindowframe({', '.join(required)})"
        ctx.report(*site.range(), f"`{function}` takes only the frame {_plain(required)}, and this window's is "
                                  f"{_plain(frame)}; give it a window without a frame (rowsBetween/rangeBetween, "
                                  f"`ROWS`/`RANGE` in SQL); {spark_raises(f'Window Frame {written} must match the required frame {needed}.')}")


def _plain(frame: tuple[str, str, str]) -> str:
    """`ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW`, `ROWS BETWEEN -2 AND CURRENT ROW`."""
    words = {"unboundedpreceding$()": "UNBOUNDED PRECEDING", "currentrow$()": "CURRENT ROW",
             "unboundedfollowing$()": "UNBOUNDED FOLLOWING"}
    kind = "ROWS" if frame[0] == "RowFrame" else "RANGE"
    return f"`{kind} BETWEEN {words.get(frame[1], frame[1])} AND {words.get(frame[2], frame[2])}`"
