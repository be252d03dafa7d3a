"""The stages an order goes through, per kind of work, forward only.

An outlet's workflow comes from its profile (`outlet_profile.default_order_workflow`), never from a test of its
kind. Each stage is a code stored on the order's status history (never renamed: rows keep it for ever) and the
English source of its name, translated where it is shown (id: the names the outlets use, "Dicuci", "Diukur").
"""

from __future__ import annotations

from dataclasses import dataclass

from ska_pos.i18n import _


class StageMoveRefused(ValueError):
    """A move that the workflow does not allow: backwards, to the same stage, to an unknown one, or after the end."""


@dataclass(frozen=True)
class Stage:
    code: str
    name: str  # the English source; `stage_name` gives it in the user's language
    # Whether the outlet records which worker did this stage (the cutter, the tailor, the washer).
    names_a_worker: bool = False


@dataclass(frozen=True)
class Workflow:
    code: str
    stages: tuple[Stage, ...]
    # Reaching this stage completes the order: revenue, tax and the workers' earnings are recognised then.
    completes_at: str
    # The last stage: the customer has the goods or the service; nothing follows.
    collected_at: str
    # The goods come in bags, each tagged at intake (order number, initials, n of N): the laundry's.
    bag_tags: bool = False
    # The work is made to the customer's measurements (a galeri jahit's): taken at intake, printed on the ticket.
    measurements: bool = False

    def __post_init__(self) -> None:
        codes = [stage.code for stage in self.stages]
        if len(set(codes)) != len(codes) or self.completes_at not in codes or codes[-1] != self.collected_at:
            raise ValueError(f"workflow {self.code}: stages {codes}, completes at {self.completes_at}")
        if codes.index(self.completes_at) > codes.index(self.collected_at):
            raise ValueError(f"workflow {self.code}: completed after it is collected")

    @property
    def first(self) -> Stage:
        return self.stages[0]

    def stage(self, code: str) -> Stage:
        for stage in self.stages:
            if stage.code == code:
                return stage
        raise StageMoveRefused(_("Unknown order stage: {stage}", stage=code))

    def position(self, code: str) -> int:
        return self.stages.index(self.stage(code))

    def later_stages(self, current: str) -> tuple[Stage, ...]:
        """Where an order at `current` may go: any later stage (an outlet may skip one, e.g. no ironing)."""
        return self.stages[self.position(current) + 1 :]

    def is_completed(self, current: str) -> bool:
        return self.position(current) >= self.position(self.completes_at)

    def check_move(self, current: str, target: str) -> None:
        """Raises StageMoveRefused, in the user's language, unless `target` may follow `current`."""
        if self.position(target) <= self.position(current):
            raise StageMoveRefused(
                _(
                    "An order moves forward only: it is at {current}, and {target} is not after it",
                    current=stage_name(self.stage(current)),
                    target=stage_name(self.stage(target)),
                )
            )

    def crosses_completion(self, current: str, target: str) -> bool:
        """Whether moving from `current` to `target` completes the order (the moment its money is recognised)."""
        return not self.is_completed(current) and self.is_completed(target)


def stage_name(stage: Stage) -> str:
    return _(stage.name)


LAUNDRY = Workflow(
    "laundry",
    (
        Stage("received", "Received"),
        Stage("washing", "Washing", names_a_worker=True),
        Stage("drying", "Drying", names_a_worker=True),
        Stage("ironing", "Ironing", names_a_worker=True),
        Stage("ready", "Ready for pickup"),
        Stage("collected", "Collected"),
    ),
    completes_at="ready",
    collected_at="collected",
    bag_tags=True,
)

TAILORING = Workflow(
    "tailoring",
    (
        Stage("measured", "Measured", names_a_worker=True),
        Stage("cut", "Cut", names_a_worker=True),
        Stage("sewn", "Sewn", names_a_worker=True),
        Stage("fitting", "Fitting", names_a_worker=True),
        Stage("altered", "Altered", names_a_worker=True),
        Stage("finished", "Finished"),
        Stage("collected", "Collected"),
    ),
    completes_at="finished",
    collected_at="collected",
    measurements=True,
)

SALON = Workflow(
    "salon",
    (
        Stage("queued", "Waiting"),
        Stage("serving", "Being served", names_a_worker=True),
        Stage("done", "Done"),
    ),
    completes_at="done",
    collected_at="done",
)

WORKFLOWS: dict[str, Workflow] = {workflow.code: workflow for workflow in (LAUNDRY, TAILORING, SALON)}


def workflow(code: str) -> Workflow:
    try:
        return WORKFLOWS[code]
    except KeyError:
        raise StageMoveRefused(_("Unknown order workflow: {workflow}", workflow=code)) from None
