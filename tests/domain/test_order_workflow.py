"""The stages of an outlet's orders, forward only, from its profile; completion is the moment money is recognised."""

from __future__ import annotations

import pytest

from ska_pos.domain.orders.workflow import WORKFLOWS, StageMoveRefused, stage_name, workflow
from ska_pos.domain.outlet_profile import OUTLET_KINDS, default_order_workflow
from ska_pos.i18n import gettext, set_language


@pytest.fixture(autouse=True)
def _indonesian() -> None:
    set_language("id")


def test_a_laundry_order_moves_forward_and_may_skip_a_stage() -> None:
    laundry = workflow("laundry")
    assert laundry.first.code == "received"
    laundry.check_move("received", "washing")
    laundry.check_move("washing", "ready")  # no ironing for this one
    assert [stage.code for stage in laundry.later_stages("ironing")] == ["ready", "collected"]
    assert laundry.crosses_completion("ironing", "ready")
    assert laundry.crosses_completion("received", "collected")  # straight to collected completes it too
    assert not laundry.crosses_completion("ready", "collected")


@pytest.mark.parametrize(("current", "target"), [("ready", "washing"), ("washing", "washing"), ("collected", "ready")])
def test_an_order_never_moves_back(current: str, target: str) -> None:
    with pytest.raises(StageMoveRefused, match="maju"):
        workflow("laundry").check_move(current, target)


def test_unknown_stages_and_workflows_are_refused() -> None:
    with pytest.raises(StageMoveRefused):
        workflow("laundry").check_move("received", "baked")
    with pytest.raises(StageMoveRefused):
        workflow("bakery")


def test_the_outlets_call_the_stages_by_their_own_names() -> None:
    names = [stage_name(stage) for stage in workflow("laundry").stages]
    assert names == ["Diterima", "Dicuci", "Dikeringkan", "Disetrika", "Siap diambil", "Diambil"]
    names = [stage_name(stage) for stage in workflow("tailoring").stages]
    assert names == ["Diukur", "Dipotong", "Dijahit", "Fitting", "Perbaikan", "Selesai", "Diambil"]
    assert [stage_name(stage) for stage in workflow("salon").stages] == ["Antre", "Dilayani", "Selesai"]


def test_every_stage_name_has_its_indonesian_text() -> None:
    for flow in WORKFLOWS.values():
        for stage in flow.stages:
            assert gettext(stage.name, "id") != stage.name or stage.name == "Fitting", stage.name


def test_the_workflow_comes_from_the_outlets_profile() -> None:
    assert {kind: default_order_workflow(kind) for kind in OUTLET_KINDS} == {
        "kafe": "", "salon": "salon", "laundry": "laundry", "jahit": "tailoring", "toko": ""}  # fmt: skip
    assert all(code in WORKFLOWS for code in map(default_order_workflow, OUTLET_KINDS) if code)
