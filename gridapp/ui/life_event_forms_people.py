"""Life-event forms about one person: birth, move in, death / move out, move to another
household, enter / leave a special group (the shared part: ``life_event_forms``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from gridapp.db import vocab
from gridapp.domain import relations
from gridapp.services import choices, life_event_choices
from gridapp.ui.forms import id_feedback
from gridapp.ui.generated.ui_life_birth import Ui_LifeBirthForm
from gridapp.ui.generated.ui_life_group import Ui_LifeGroupForm
from gridapp.ui.generated.ui_life_leave import Ui_LifeLeaveForm
from gridapp.ui.generated.ui_life_move_in import Ui_LifeMoveInForm
from gridapp.ui.generated.ui_life_move_person import Ui_LifeMovePersonForm
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


def _genders() -> list[tuple[str, str]]:
    return [(g, g) for g in vocab.GENDERS]


def _id_state(dialog: EventDialog, text: str) -> tuple[bool, Any]:
    """Check a typed ID number: the hint under the field, and its parsed info when complete."""
    ok, message, info = id_feedback(text)
    dialog.ui.idHint.setText(message)
    dialog.ui.idHint.setVisible(bool(message))
    return ok, info


class BirthDialog(EventDialog):
    """出生登记: the household, the mother or father among its members, and the baby; the relation
    to the head follows from the parent's (``relations.child_of``)."""

    def __init__(
        self,
        ctx: AppContext,
        household_id: int | None,
        parent_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, Ui_LifeBirthForm(), parent)
        self.household: HouseholdRow | None = None
        self._preferred = parent_id
        self.picker = self.add_picker(self.ui.householdSlot, households=True)
        fill_combo(self.ui.genderCombo, _genders())
        fill_combo(self.ui.relationCombo, relation_items())
        setup_date(self.ui.birthDate)
        self.ui.idHint.hide()
        self.ui.parentCombo.currentIndexChanged.connect(self.derive)
        self.ui.genderCombo.currentIndexChanged.connect(self.derive)
        self.ui.idEdit.textChanged.connect(self.on_id)
        self.watch(self.ui.nameEdit, self.ui.relationCombo, self.ui.birthDate)
        self.picker.set_household(household_id)
        self.ui.nameEdit.setFocus()

    def on_picked(self) -> None:
        self.household = self.read(life_event_choices.household, self.picker.household_id())
        members = self.household.members if self.household else ()
        fill_combo(self.ui.parentCombo, [(member_label(m), m.id) for m in members])
        select_data(self.ui.parentCombo, self._preferred)
        self.derive()

    def parent_member(self) -> Member | None:
        if self.household is None:
            return None
        return self.household.member(self.ui.parentCombo.currentData())

    def derive(self) -> None:
        parent, gender = self.parent_member(), self.ui.genderCombo.currentData()
        relation = relations.child_of(parent.relation, gender) if parent and gender else ""
        select_data(self.ui.relationCombo, relation or None)
        self.refresh()

    def on_id(self, text: str) -> None:
        _ok, info = _id_state(self, text)
        if info is not None:
            select_data(self.ui.genderCombo, info.gender)
            self.ui.birthDate.setDate(info.birth_date)
        self.refresh()

    def missing(self) -> list[str]:
        ui, out = self.ui, []
        if self.household is None:
            out.append(field_name(ui.householdLabel))
        elif self.parent_member() is None:
            out.append(field_name(ui.parentLabel))
        if not ui.nameEdit.text().strip():
            out.append(field_name(ui.nameLabel))
        if ui.genderCombo.currentData() is None:
            out.append(field_name(ui.genderLabel))
        if ui.relationCombo.currentData() is None:
            out.append(field_name(ui.relationLabel))
        if not id_feedback(ui.idEdit.text())[0]:
            out.append(field_name(ui.idLabel))
        return out

    def life_event(self) -> tuple[str, Work]:
        from gridapp.services import life_events

        assert self.household is not None
        hid, ui = self.household.id, self.ui
        name, gender = ui.nameEdit.text().strip(), ui.genderCombo.currentData()
        born, relation = date_of(ui.birthDate), ui.relationCombo.currentData()
        extra = {"id_number": ui.idEdit.text().strip()} if ui.idEdit.text().strip() else {}
        text = QCoreApplication.translate("LifeEvents", "Birth of %1")
        return text, lambda s, actor: life_events.birth(
            s, hid, name, gender, born, relation, actor=actor, **extra
        )


class MoveInDialog(EventDialog):
    """迁入: a person comes to live in a household of the register."""

    def __init__(
        self, ctx: AppContext, household_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, Ui_LifeMoveInForm(), parent)
        self.household: HouseholdRow | None = None
        self.picker = self.add_picker(self.ui.householdSlot, households=True)
        fill_combo(self.ui.genderCombo, _genders())
        setup_date(self.ui.dateEdit)
        self.ui.idHint.hide()
        self.ui.idEdit.textChanged.connect(self.on_id)
        self.watch(self.ui.nameEdit, self.ui.genderCombo, self.ui.relationCombo)
        self.picker.set_household(household_id)
        self.ui.nameEdit.setFocus()

    def on_picked(self) -> None:
        self.household = self.read(life_event_choices.household, self.picker.household_id())
        headless = self.household is not None and self.household.head_id is None
        chosen = self.ui.relationCombo.currentData()
        fill_combo(self.ui.relationCombo, relation_items(with_head=headless))
        select_data(self.ui.relationCombo, chosen)
        self.refresh()

    def on_id(self, text: str) -> None:
        _ok, info = _id_state(self, text)
        if info is not None:
            select_data(self.ui.genderCombo, info.gender)
        self.refresh()

    def missing(self) -> list[str]:
        ui, out = self.ui, []
        if self.household is None:
            out.append(field_name(ui.householdLabel))
        if not ui.nameEdit.text().strip():
            out.append(field_name(ui.nameLabel))
        if not id_feedback(ui.idEdit.text())[0]:
            out.append(field_name(ui.idLabel))
        if ui.genderCombo.currentData() is None:
            out.append(field_name(ui.genderLabel))
        if ui.relationCombo.currentData() is None:
            out.append(field_name(ui.relationLabel))
        return out

    def life_event(self) -> tuple[str, Work]:
        from gridapp.services import life_events

        assert self.household is not None
        ui, hid = self.ui, self.household.id
        fields: dict[str, Any] = {
            "name": ui.nameEdit.text().strip(),
            "relation": ui.relationCombo.currentData(),
        }
        id_number = ui.idEdit.text().strip()
        if id_number:
            fields["id_number"] = id_number
        else:
            fields["gender"] = ui.genderCombo.currentData()
        on, origin = date_of(ui.dateEdit), ui.originEdit.text().strip()
        text = QCoreApplication.translate("LifeEvents", "Move in of %1")
        return text, lambda s, actor: life_events.move_in(s, hid, on, origin, actor=actor, **fields)


class PersonEventDialog(EventDialog):
    """A form about a person of the register: the picker, their household, and — when they
    head a household others stay in — who heads it after them."""

    def __init__(
        self, ctx: AppContext, form: Any, person_id: int | None, parent: QWidget | None
    ) -> None:
        super().__init__(ctx, form, parent)
        self.household: HouseholdRow | None = None
        self.heads: list[choices.MemberChoice] | None = None
        self.picker = self.add_picker(self.ui.personSlot, households=False)
        self._start = person_id

    def start(self) -> None:
        self.picker.set_person(self._start)

    def person(self) -> Member | None:
        pid = self.picker.person_id()
        return self.household.member(pid) if self.household and pid else None

    def on_picked(self) -> None:
        pid = self.picker.person_id()
        self.household = self.read(life_event_choices.household_of, pid)
        self.heads = self.read(choices.new_head_candidates, {pid}) if pid else None
        combo = getattr(self.ui, "newHeadCombo", None)
        if combo is not None:
            fill_combo(
                combo, [(f"{m.name}（{m.relation or '-'}）", m.id) for m in self.heads or []]
            )
            self.show_row(combo, bool(self.heads))
        self.refresh()

    def new_head(self) -> int | None:
        return self.ui.newHeadCombo.currentData() if self.heads else None

    def who(self) -> str:
        """张三（户号 08000012）: how a confirmation names the person."""
        person = self.person()
        if person is None or self.household is None:
            return ""
        return (
            QCoreApplication.translate("LifeEvents", "%1 (household %2)")
            .replace("%1", person.name)
            .replace("%2", self.household.number)
        )

    def head_note(self) -> str:
        head = self.ui.newHeadCombo.currentText() if self.heads else ""
        return (
            QCoreApplication.translate("LifeEvents", "%1 becomes head of the household.").replace(
                "%1", head
            )
            if head
            else ""
        )

    def empty_note(self) -> str:
        """When the person is the last one on the register in their household."""
        h, person = self.household, self.person()
        if h is None or person is None or len(h.members) > 1:
            return ""
        return QCoreApplication.translate(
            "LifeEvents", "Nobody else is left in household %1: it will be archived too."
        ).replace("%1", h.number)

    def missing_person(self) -> list[str]:
        out = []
        if self.person() is None:
            out.append(field_name(self.ui.personLabel))
        elif self.heads and self.new_head() is None:
            out.append(field_name(self.ui.newHeadLabel))
        return out


class LeaveDialog(PersonEventDialog):
    """死亡 or 迁出 of one person: the date (and where to), a new head when the head leaves, and
    a confirmation naming the person, since it archives them."""

    def __init__(
        self,
        ctx: AppContext,
        person_id: int | None,
        death: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, Ui_LifeLeaveForm(), person_id, parent)
        self.death = death
        self.setWindowTitle(
            QCoreApplication.translate("LifeEvents", "Death")
            if death
            else QCoreApplication.translate("LifeEvents", "Move out")
        )
        self.show_row(self.ui.destinationEdit, not death)
        setup_date(self.ui.dateEdit)
        self.watch(self.ui.destinationEdit, self.ui.newHeadCombo, self.ui.dateEdit)
        self.start()

    def on_picked(self) -> None:
        super().on_picked()
        h, person = self.household, self.person()
        self.ui.householdText.setText(
            f"{h.number}  {h.address}  {'、'.join(m.name for m in h.members)}" if h else "—"
        )
        born = person.birth_date if person is not None else None
        self.ui.dateEdit.setMinimumDate(born or dt.date(1900, 1, 1))  # not before the birth
        self.refresh()

    def missing(self) -> list[str]:
        out = self.missing_person()
        if not self.death and not self.ui.destinationEdit.text().strip():
            out.append(field_name(self.ui.destinationLabel))
        return out

    def confirmation(self) -> str:
        day = date_of(self.ui.dateEdit).isoformat()
        if self.death:
            text = QCoreApplication.translate(
                "LifeEvents", "%1 will be recorded as deceased on %2 and archived."
            )
        else:
            text = QCoreApplication.translate(
                "LifeEvents", "%1 will be recorded as moved out to %3 on %2 and archived."
            )
            text = text.replace("%3", self.ui.destinationEdit.text().strip())
        text = text.replace("%1", self.who()).replace("%2", day)
        return " ".join(p for p in (text, self.head_note(), self.empty_note(), undo_note()) if p)

    def life_event(self) -> tuple[str, Work]:
        from gridapp.services import life_events

        pid, head, on = self.picker.person_id(), self.new_head(), date_of(self.ui.dateEdit)
        assert pid is not None
        if self.death:
            return QCoreApplication.translate(
                "LifeEvents", "Death of %1"
            ), lambda s, actor: life_events.death(s, pid, on, new_head_id=head, actor=actor)
        where = self.ui.destinationEdit.text().strip()
        return QCoreApplication.translate(
            "LifeEvents", "Move out of %1"
        ), lambda s, actor: life_events.move_out(s, pid, on, where, new_head_id=head, actor=actor)


class MovePersonDialog(PersonEventDialog):
    """A person moves to another household of the register, with their relation to its head."""

    def __init__(
        self, ctx: AppContext, person_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, Ui_LifeMovePersonForm(), person_id, parent)
        self.target = self.add_picker(self.ui.targetSlot, households=True)
        self.target.setObjectName("targetPicker")
        fill_combo(self.ui.relationCombo, relation_items())
        self.watch(self.ui.relationCombo, self.ui.newHeadCombo)
        self.start()

    def missing(self) -> list[str]:
        out = self.missing_person()
        target = self.target.household_id()
        if target is None:
            out.append(field_name(self.ui.targetLabel))
        elif self.household is not None and target == self.household.id:
            out.append(
                QCoreApplication.translate("LifeEvents", "a household other than the person's own")
            )
        if self.ui.relationCombo.currentData() is None:
            out.append(field_name(self.ui.relationLabel))
        return out

    def life_event(self) -> tuple[str, Work]:
        from gridapp.services import life_events

        pid, target = self.picker.person_id(), self.target.household_id()
        assert pid is not None and target is not None
        relation, head = self.ui.relationCombo.currentData(), self.new_head()
        return QCoreApplication.translate(
            "LifeEvents", "Move of %1 to household %2"
        ), lambda s, actor: life_events.move_person(
            s, pid, target, relation, new_head_id=head, actor=actor
        )


class GroupDialog(PersonEventDialog):
    """Enter a special group (重点人群), or leave one of the person's groups (with a reason)."""

    def __init__(
        self,
        ctx: AppContext,
        person_id: int | None,
        leave: bool,
        parent: QWidget | None = None,
        chosen: object = None,
    ) -> None:
        # ``chosen``: the group's code to enter, or the membership to end (the groups page's)
        self.chosen = chosen
        super().__init__(ctx, Ui_LifeGroupForm(), person_id, parent)
        self.leave = leave
        if leave:
            self.setWindowTitle(QCoreApplication.translate("LifeEvents", "Leave a special group"))
            self.ui.reasonLabel.setText(QCoreApplication.translate("LifeEvents", "Reason *"))
        setup_date(self.ui.dateEdit)
        self.field_edits: dict[str, QLineEdit] = {}  # the chosen group's own fields (低保证号 …)
        self.typed: dict[str, str] = {}  # what was typed in them, also for groups left again
        if not leave:
            self.ui.groupCombo.currentIndexChanged.connect(lambda _i: self._fill_fields())
        self.watch(self.ui.groupCombo, self.ui.reasonEdit)
        self.start()

    def _fill_fields(self) -> None:
        """One input per own field of the chosen group (none: the box is hidden); what was
        typed comes back with its field (another group chosen and this one again, or the group
        list refilled when the person is picked)."""
        code = self.ui.groupCombo.currentData()
        names = self.read(choices.group_fields, code) if code else []
        self.typed.update({name: edit.text() for name, edit in self.field_edits.items()})
        form = self.ui.fieldsForm
        while form.rowCount():
            form.removeRow(0)
        self.field_edits = {}
        for k, name in enumerate(names):
            edit = QLineEdit(self.typed.get(name, ""))
            edit.setObjectName(f"groupField{k}")
            edit.setMaxLength(200)
            form.addRow(name, edit)
            self.field_edits[name] = edit
        self.ui.fieldsBox.setVisible(bool(names))

    def fields(self) -> dict[str, str]:
        """The own fields filled in (empty ones are left out)."""
        return {name: t for name, edit in self.field_edits.items() if (t := edit.text().strip())}

    def on_picked(self) -> None:
        super().on_picked()
        pid = self.picker.person_id()
        if self.leave:
            rows = self.read(choices.open_memberships, pid) if pid else []
            fill_combo(self.ui.groupCombo, [(r.name, r.id) for r in rows], choose=bool(rows))
            if not rows:
                self.ui.groupCombo.addItem(
                    QCoreApplication.translate("LifeEvents", "This person is in no special group."),
                    None,
                )
        else:
            kinds = self.read(choices.active_group_kinds)
            fill_combo(self.ui.groupCombo, [(k.name, k.code) for k in kinds])
        wanted = self.ui.groupCombo.findData(self.chosen) if self.chosen is not None else -1
        if wanted >= 0:
            self.ui.groupCombo.setCurrentIndex(wanted)
        self.refresh()

    def missing(self) -> list[str]:
        out = [] if self.person() is not None else [field_name(self.ui.personLabel)]
        if self.ui.groupCombo.currentData() is None:
            out.append(field_name(self.ui.groupLabel))
        if self.leave and not self.ui.reasonEdit.text().strip():
            out.append(field_name(self.ui.reasonLabel))
        return out

    def life_event(self) -> tuple[str, Work]:
        from gridapp.services import life_events

        pid, on = self.picker.person_id(), date_of(self.ui.dateEdit)
        assert pid is not None
        choice, reason = self.ui.groupCombo.currentData(), self.ui.reasonEdit.text().strip()
        fields = self.fields()
        if self.leave:
            return QCoreApplication.translate(
                "LifeEvents", "%1 leaves %2"
            ), lambda s, actor: life_events.leave_group(s, choice, on, reason, actor=actor)
        return QCoreApplication.translate(
            "LifeEvents", "%1 enters %2"
        ), lambda s, actor: life_events.enter_group(
            s, pid, choice, on, fields, reason=reason, actor=actor
        )
