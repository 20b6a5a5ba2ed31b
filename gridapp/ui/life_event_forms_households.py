"""Life-event forms about a household: the whole household moves out (整户迁出), split a
household (分户), a new head (变更户主). The shared part: ``life_event_forms``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from gridapp.domain import relations
from gridapp.services import life_event_choices
from gridapp.ui.generated.ui_life_household_out import Ui_LifeHouseholdOutForm
from gridapp.ui.generated.ui_life_set_head import Ui_LifeSetHeadForm
from gridapp.ui.generated.ui_life_split import Ui_LifeSplitForm
from gridapp.ui.life_event_forms import (
    EventDialog,
    Work,
    date_of,
    field_name,
    fill_combo,
    member_label,
    relation_items,
    select_data,
    setup_date,
    undo_note,
)

if TYPE_CHECKING:
    from gridapp.services.life_event_choices import HouseholdRow, Member
    from gridapp.ui.pages import AppContext

_ID = Qt.ItemDataRole.UserRole


class HouseholdEventDialog(EventDialog):
    """A form that starts on a household: ``household`` follows the picker."""

    def __init__(
        self, ctx: AppContext, form: object, household_id: int | None, parent: QWidget | None
    ) -> None:
        super().__init__(ctx, form, parent)
        self.household: HouseholdRow | None = None
        self.picker = self.add_picker(self.ui.householdSlot, households=True)
        self._start = household_id

    def start(self) -> None:
        self.picker.set_household(self._start)

    def on_picked(self) -> None:
        self.household = self.read(life_event_choices.household, self.picker.household_id())
        self.fill()
        self.refresh()

    def fill(self) -> None:
        """Show the picked household's members."""

    def missing_household(self) -> list[str]:
        return [] if self.household is not None else [field_name(self.ui.householdLabel)]


class HouseholdOutDialog(HouseholdEventDialog):
    """整户迁出: every member on the register moves out, the household is archived."""

    def __init__(
        self, ctx: AppContext, household_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, Ui_LifeHouseholdOutForm(), household_id, parent)
        setup_date(self.ui.dateEdit)
        self.watch(self.ui.destinationEdit)
        self.start()
        self.ui.destinationEdit.setFocus()

    def fill(self) -> None:
        self.ui.membersList.clear()
        for m in self.household.members if self.household else ():
            self.ui.membersList.addItem(member_label(m))

    def missing(self) -> list[str]:
        out = self.missing_household()
        if not self.ui.destinationEdit.text().strip():
            out.append(field_name(self.ui.destinationLabel))
        return out

    def confirmation(self) -> str:
        assert self.household is not None
        names = "、".join(m.name for m in self.household.members) or "—"
        text = QCoreApplication.translate(
            "LifeEvents",
            "Household %1 moves out to %2 on %3: %4 will be recorded as moved out and the "
            "household archived.",
        )
        for key, value in (
            ("%1", self.household.number),
            ("%2", self.ui.destinationEdit.text().strip()),
            ("%3", date_of(self.ui.dateEdit).isoformat()),
            ("%4", names),
        ):
            text = text.replace(key, value)
        return f"{text} {undo_note()}"

    def life_event(self) -> tuple[str, Work]:
        from gridapp.services import life_events

        assert self.household is not None
        hid, on = self.household.id, date_of(self.ui.dateEdit)
        where = self.ui.destinationEdit.text().strip()
        text = QCoreApplication.translate("LifeEvents", "Household %1 moves out")
        return text, lambda s, actor: life_events.move_out_household(s, hid, on, where, actor=actor)


class SplitDialog(HouseholdEventDialog):
    """分户: the members who leave are ticked; the new household's head is one of them; its
    address and grid start as the old household's, its 户号 is the grid's next one unless
    typed; the old household gets a new head when its head leaves."""

    def __init__(
        self,
        ctx: AppContext,
        household_id: int | None,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, Ui_LifeSplitForm(), household_id, parent)
        self._ticked_first = person_id
        from gridapp.services.places import leaf_grids

        grids = self.read(lambda s: [(g.name, g.id) for g in leaf_grids(s)])
        fill_combo(self.ui.gridCombo, grids)
        setup_date(self.ui.dateEdit)
        self.ui.membersList.itemChanged.connect(lambda _i: self.on_ticks())
        self.watch(self.ui.newHeadCombo, self.ui.numberEdit, self.ui.addressEdit)
        self.watch(self.ui.gridCombo, self.ui.oldHeadCombo)
        self.start()

    def fill(self) -> None:
        lst = self.ui.membersList
        lst.blockSignals(True)
        lst.clear()
        for m in self.household.members if self.household else ():
            item = QListWidgetItem(member_label(m), lst)
            item.setData(_ID, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = m.id == self._ticked_first
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        lst.blockSignals(False)
        h = self.household
        self.ui.addressEdit.setText(h.address if h else "")
        select_data(self.ui.gridCombo, h.grid_id if h else None)
        self.on_ticks()

    def leaving(self) -> list[Member]:
        lst, h = self.ui.membersList, self.household
        ids = [
            lst.item(i).data(_ID)
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]
        return [m for m in (h.members if h else ()) if m.id in ids]

    def on_ticks(self) -> None:
        going = self.leaving()
        going_ids = {m.id for m in going}
        head = self.ui.newHeadCombo.currentData()
        if head not in going_ids:  # the person selected on the page, or the only one ticked
            head = self._ticked_first if self._ticked_first in going_ids else None
            head = going[0].id if head is None and len(going) == 1 else head
        fill_combo(self.ui.newHeadCombo, [(member_label(m), m.id) for m in going])
        select_data(self.ui.newHeadCombo, head)
        h = self.household
        old_head_goes = h is not None and h.head_id in going_ids
        staying = [m for m in (h.members if h else ()) if m.id not in going_ids]
        fill_combo(self.ui.oldHeadCombo, [(member_label(m), m.id) for m in staying])
        self.show_row(self.ui.oldHeadCombo, old_head_goes and bool(staying))
        self.refresh()

    def _needs_old_head(self) -> bool:
        h = self.household
        return h is not None and h.head_id in {m.id for m in self.leaving()}

    def missing(self) -> list[str]:
        ui, out = self.ui, self.missing_household()
        going = self.leaving()
        if self.household is not None and not going:
            out.append(field_name(ui.membersLabel))
        elif self.household is not None and len(going) >= len(self.household.members):
            out.append(QCoreApplication.translate("LifeEvents", "someone who stays"))
        if going and ui.newHeadCombo.currentData() is None:
            out.append(field_name(ui.newHeadLabel))
        if not ui.addressEdit.text().strip():
            out.append(field_name(ui.addressLabel))
        if ui.gridCombo.currentData() is None:
            out.append(field_name(ui.gridLabel))
        if self._needs_old_head() and ui.oldHeadCombo.currentData() is None:
            out.append(field_name(ui.oldHeadLabel))
        return out

    def life_event(self) -> tuple[str, Work]:
        from gridapp.services import life_events

        h, ui = self.household, self.ui
        assert h is not None
        going = [m.id for m in self.leaving()]
        head, number = ui.newHeadCombo.currentData(), ui.numberEdit.text().strip()
        address = ui.addressEdit.text().strip()
        grid = ui.gridCombo.currentData()
        old_head = ui.oldHeadCombo.currentData() if self._needs_old_head() else None
        on = date_of(ui.dateEdit)
        text = QCoreApplication.translate("LifeEvents", "Split of household %1 into %2")
        return text, lambda s, actor: life_events.split_household(
            s, h.id, going, head, number,
            address=None if address == h.address else address,
            grid_id=None if grid == h.grid_id else grid,
            new_head_of_old=old_head, actor=actor, on=on,
        )  # fmt: skip


def former_head_relation(new_head: Member, former: Member) -> str:
    """A guess at the former head's relation to the new head (the user may change it):
    spouses stay spouses, a child's parent becomes 父亲 / 母亲, a parent's child 子 / 女."""
    male = former.gender == "男"
    if new_head.relation == "配偶":
        return "配偶"
    if new_head.relation in ("子", "女"):
        return "父亲" if male else "母亲" if former.gender == "女" else ""
    if new_head.relation in ("父亲", "母亲"):
        return "子" if male else "女" if former.gender == "女" else ""
    if new_head.relation in ("兄", "弟", "姐", "妹", relations.SIBLINGS):
        return relations.sibling(former.gender, former.birth_date, new_head.birth_date)
    return ""


class SetHeadDialog(HouseholdEventDialog):
    """变更户主: a member becomes head; the former head's relation to them is asked."""

    def __init__(
        self,
        ctx: AppContext,
        household_id: int | None,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, Ui_LifeSetHeadForm(), household_id, parent)
        self._preferred = person_id
        fill_combo(self.ui.oldHeadCombo, relation_items())
        self.ui.headCombo.currentIndexChanged.connect(self.guess)
        self.watch(self.ui.oldHeadCombo)
        self.start()

    def fill(self) -> None:
        h = self.household
        others = [m for m in (h.members if h else ()) if h and m.id != h.head_id]
        fill_combo(self.ui.headCombo, [(member_label(m), m.id) for m in others])
        select_data(self.ui.headCombo, self._preferred)
        self.show_row(self.ui.oldHeadCombo, self.former_head() is not None)
        self.guess()

    def former_head(self) -> Member | None:
        return self.household.member(self.household.head_id) if self.household else None

    def guess(self) -> None:
        h, former = self.household, self.former_head()
        new = h.member(self.ui.headCombo.currentData()) if h else None
        guess = former_head_relation(new, former) if new and former else ""
        select_data(self.ui.oldHeadCombo, guess or None)
        self.refresh()

    def missing(self) -> list[str]:
        out = self.missing_household()
        if self.household is not None and self.ui.headCombo.currentData() is None:
            out.append(field_name(self.ui.headLabel))
        if self.former_head() is not None and self.ui.oldHeadCombo.currentData() is None:
            out.append(field_name(self.ui.oldHeadLabel))
        return out

    def life_event(self) -> tuple[str, Work]:
        from gridapp.services import life_events

        h, former = self.household, self.former_head()
        assert h is not None
        pid = self.ui.headCombo.currentData()
        rel = {former.id: self.ui.oldHeadCombo.currentData()} if former else {}
        text = QCoreApplication.translate("LifeEvents", "%1 made head of household")
        return text, lambda s, actor: life_events.set_head(s, h.id, pid, rel, actor=actor)
