"""Writing a plan into the register, in the caller's transaction: households, persons and
group memberships as bulk INSERTs (``executemany``, ``CHUNK`` persons at a time), updates as
one ``executemany`` UPDATE per set of changed columns, every change logged through one
``ChangeWriter`` under the import's batch id (``undo_import`` restores it as a whole)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import (
    GroupMembership,
    Household,
    ImportBatch,
    Person,
    new_uuid,
    now,
    table_of,
)
from gridapp.domain import idcard, pinyin
from gridapp.importer import target
from gridapp.importer.bulk import Ids, column_defaults, dbapi, insert, random_uuid
from gridapp.importer.matching import head_row, household_address, kind_ids, person_changes
from gridapp.importer.place_book import PLACE_RANGE, PlaceBook
from gridapp.importer.plan import CHUNK, Group, Plan, Row
from gridapp.importer.report import ImportOptions, PersonDiff
from gridapp.services import numbering
from gridapp.services.changelog import ChangeWriter, to_text
from gridapp.services.common import CancelFlag, Progress
from gridapp.services.register import PERSON_FIELDS, search_text

_HOUSEHOLD_KIND = {"家庭户": "家庭户", "家庭": "家庭户", "集体户": "集体户", "集体": "集体户"}
_HOUSING = {"自住": "自住", "自有": "自住", "出租": "出租", "租住": "出租", "闲置": "闲置"}
_HOUSEHOLD_SNAPSHOT = ("number", "grid_id", "room_id", "address", "kind", "housing", "sort_key")
_SNAPSHOT_DEFAULTS = ("ethnicity", "category", "status")
_NO_KINDS: frozenset[int] = frozenset()


def household_values(place: dict[str, str]) -> dict[str, str]:
    """The household's kind (户别) and housing (住房类别) as the vocabulary words."""
    out: dict[str, str] = {}
    kind = _HOUSEHOLD_KIND.get(place.get("household_kind", ""))
    if kind:
        out["kind"] = kind
    housing = _HOUSING.get(place.get("housing", ""))
    if housing:
        out["housing"] = housing
    return out


def apply(
    session: Session, plan: Plan, options: ImportOptions, progress: Progress, cancel: CancelFlag
) -> None:
    """Write the plan; the report gets the batch, the counts and the import's id."""
    _Write(session, plan, options, cancel).run(progress)


class _Write:
    """One import's writes: the rows waiting for the next chunk and what they are made of."""

    def __init__(
        self, session: Session, plan: Plan, options: ImportOptions, cancel: CancelFlag
    ) -> None:
        self.session, self.plan, self.options, self.cancel = session, plan, options, cancel
        self.report = report = plan.report
        self.stamp = now()
        self.stamp_text = self.stamp.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores it
        report.batch = new_uuid()
        session.flush()
        # A bigger page cache for this connection (discarded after the import): index inserts
        # in random order (uuid, id number) otherwise spill the default 2 MB cache again and
        # again.
        dbapi(session).execute("PRAGMA cache_size = -32768")
        self.writer = writer = ChangeWriter(session, options.actor, report.batch)
        self.ids = Ids(session)
        self.numbers = numbering.HouseholdNumbers(
            session,
            on_code=lambda area_id, old, new: writer.add(
                "area", area_id, "", "update", "code", old, new
            ),
        )
        for group in plan.groups:  # the ledger's own numbers are never handed out again
            if group.place.get("household_number"):
                self.numbers.reserve(group.place["household_number"])
        self.place_book = PlaceBook(session, self.ids, self.stamp, self.numbers)
        self.place_book.default_grid = target.target_grid(session, plan, options, self.place_book)
        self.person_defaults = {
            k: v
            for k, v in column_defaults(Person).items()
            if k in PERSON_FIELDS or k == "search_text"
        }
        self.household_defaults = column_defaults(Household)
        # Waiting for the next chunk's INSERTs (updates wait for the end, by changed columns).
        self.new_households: list[dict[str, Any]] = []
        self.head_updates: list[tuple[int, int]] = []
        self.new_persons: list[dict[str, Any]] = []
        self.person_updates: dict[frozenset[str], list[dict[str, Any]]] = {}
        self.household_updates: dict[frozenset[str], list[dict[str, Any]]] = {}
        self.new_memberships: list[dict[str, Any]] = []
        self.counts = {"created": 0, "updated": 0, "unchanged": 0, "households": 0}
        report.updates = []
        self.connection = dbapi(session)
        self.stored_households = self._stored_households()

    def _stored_households(self) -> dict[int, dict[str, Any]]:
        h = table_of(Household)
        out: dict[int, dict[str, Any]] = {}
        existing = sorted({g.household_id for g in self.plan.groups if g.household_id is not None})
        for start in range(0, len(existing), 500):
            for hrow in self.session.execute(
                _select_households(h).where(h.c.id.in_(existing[start : start + 500]))
            ):
                out[int(hrow.id)] = hrow._asdict()
        return out

    def run(self, progress: Progress) -> None:
        total, done = len(self.plan.rows), 0
        head_updates, writer = self.head_updates, self.writer
        for group in self.plan.groups:
            hid, household_uuid, head_id_now, hh_address = self._household(group)
            head = head_row(group)
            for order, row in enumerate(group.rows):
                done += 1
                pid = self._person(row, order, hid, hh_address)
                if row is head and head_id_now is None:
                    head_updates.append((hid, pid))
                    if group.household_id is not None:
                        writer.add("household", hid, household_uuid, "update", "head_id", None,
                                   pid)  # fmt: skip
                    head_id_now = pid
            if len(self.new_persons) >= CHUNK:
                self._flush_chunk()
                progress(done, total, "写入数据")
        self._finish()

    # ---------------------------------------------------------------------- households

    def _household(self, group: Group) -> tuple[int, str, int | None, str]:
        """The group's household, created or updated: (id, uuid, head id, address)."""
        grid_id = self.place_book.grid(group.place.get("grid", ""))
        room_id, sort_key = self.place_book.room(group.place, grid_id)
        kind_housing = household_values(group.place)
        hh_address = household_address(group.place)
        if group.household_id is None:
            values = self.household_defaults | {
                "id": self.ids.take(Household), "uuid": random_uuid(),
                "created_at": self.stamp_text, "updated_at": self.stamp_text, "rev": 1,
                "number": group.place.get("household_number") or self.numbers.take(grid_id),
                "grid_id": grid_id, "room_id": room_id, "address": hh_address,
                "sort_key": sort_key, "status": vocab.HOUSEHOLD_ACTIVE, "head_id": None,
                **kind_housing,
            }  # fmt: skip
            self.new_households.append(values)
            snapshot = {k: v if type(v) is str else to_text(v) for k in _HOUSEHOLD_SNAPSHOT
                        if (v := values[k]) is not None and v != ""}  # fmt: skip
            self.writer.batch_created("household", values["id"], values["uuid"], snapshot)
            return values["id"], values["uuid"], None, hh_address
        stored = self.stored_households[group.household_id]
        wanted = {"address": hh_address if group.place.get("address") or room_id else "",
                  "room_id": room_id, "grid_id": grid_id if group.place.get("grid") else None,
                  "sort_key": sort_key if room_id else "", **kind_housing}  # fmt: skip
        self._update_household(stored, wanted)
        return group.household_id, stored["uuid"], stored["head_id"], hh_address

    def _update_household(self, stored: dict[str, Any], wanted: dict[str, Any]) -> None:
        """The values the ledger gives that differ from the stored household's."""
        changes = {
            k: new for k, new in wanted.items() if new not in (None, "") and new != stored[k]
        }
        if not changes:
            return
        hid = int(stored["id"])
        self.household_updates.setdefault(frozenset(changes), []).append(
            {"hid": hid, **{f"v_{k}": v for k, v in changes.items()}}
        )
        self.writer.changes("household", hid, stored["uuid"],
                            {k: (stored[k], v) for k, v in changes.items()})  # fmt: skip
        self.report.households_updated += 1

    # ------------------------------------------------------------------------- persons

    def _person(self, row: Row, order: int, hid: int, hh_address: str) -> int:
        """The row's person, created or updated, and the groups it joins; its id."""
        stored = self.plan.existing.get(row.clean.person["id_number"])
        kinds = kind_ids(self.plan, row)
        have: set[int] | frozenset[int] = _NO_KINDS
        if stored is None:
            pid = self._new_person(row, order, hid, hh_address)
        else:
            pid = int(stored["id"])
            have = self.plan.memberships.get(pid, set())
            self._update_person(row, stored, hid, hh_address, [k for k in kinds if k not in have])
        if kinds:
            self._join_groups(pid, kinds, have)
        return pid

    def _new_person(self, row: Row, order: int, hid: int, hh_address: str) -> int:
        person, stamp_text = row.clean.person, self.stamp_text
        pid = self.ids.take(Person)
        values = self.person_defaults | person
        full, initials = pinyin.full_and_initials(person["name"])
        values.update(
            id=pid, uuid=random_uuid(), created_at=stamp_text, updated_at=stamp_text, rev=1,
            household_id=hid, name_pinyin=full, name_initials=initials,
            extra=json.dumps(row.extra) if row.extra else "{}", sort_order=order,
        )  # fmt: skip
        values["search_text"] = search_text(values, hh_address, (full, initials))
        self.new_persons.append(values)
        snapshot = {
            k: v if type(v) is str else to_text(v)
            for k, v in person.items()
            if v not in ("", None, False)
        }
        for k in _SNAPSHOT_DEFAULTS:
            snapshot.setdefault(k, values[k])
        if row.extra:
            snapshot["extra"] = to_text(row.extra)
        self.writer.batch_created("person", pid, values["uuid"], snapshot)
        self.counts["created"] += 1
        return pid

    def _update_person(
        self, row: Row, stored: dict[str, Any], hid: int, hh_address: str, added: list[int]
    ) -> None:
        """A stored person's changed fields (and the groups it newly joins) in the report."""
        person = row.clean.person
        diff = person_changes(self.plan, row, stored, hid)
        if diff:
            self._person_update(stored, diff, hh_address)
        if not (diff or added):
            self.counts["unchanged"] += 1
            return
        self.counts["updated"] += 1
        shown = dict(diff)
        if added:
            shown["groups"] = ("", ";".join(self.plan.kind_names[k] for k in added))
        self.report.updates.append(
            PersonDiff(row.sheet, row.row, person["name"], idcard.mask(person["id_number"]), shown)
        )

    def _person_update(
        self, stored: dict[str, Any], diff: dict[str, tuple[Any, Any]], hh_address: str
    ) -> None:
        pid = int(stored["id"])
        merged = {**stored, **{k: v for k, (_, v) in diff.items()}}
        changed = {k: v for k, (_, v) in diff.items()}
        if "name" in diff:
            changed["name_pinyin"], changed["name_initials"] = pinyin.full_and_initials(
                merged["name"]
            )
        changed["search_text"] = search_text(merged, hh_address)
        self.person_updates.setdefault(frozenset(changed), []).append(
            {"pid": pid, "v_rev": int(stored["rev"]) + 1,
             **{f"v_{k}": v for k, v in changed.items()}}
        )  # fmt: skip
        self.writer.changes("person", pid, stored["uuid"], diff)

    def _join_groups(self, pid: int, kinds: list[int], have: set[int] | frozenset[int]) -> None:
        stamp_text = self.stamp_text
        for kind in kinds:
            if kind in have:
                continue
            mid = self.ids.take(GroupMembership)
            m_uuid = random_uuid()
            self.new_memberships.append(
                {"id": mid, "uuid": m_uuid, "created_at": stamp_text, "updated_at": stamp_text,
                 "rev": 1, "person_id": pid, "group_id": kind, "joined_on": None,
                 "join_reason": "台账导入", "left_on": None, "leave_reason": "",
                 "fields": {}, "needs": "", "notes": ""}
            )  # fmt: skip
            self.writer.add("group_membership", mid, m_uuid, "create",
                            new=self.plan.kind_names[kind], note=f"person {pid}")  # fmt: skip

    # ------------------------------------------------------------------------ the SQL

    def _flush_chunk(self) -> None:
        """The chunk's INSERTs, then its change-log entries, chained (one batch entry per
        kind at the end)."""
        self.cancel.check()
        job = self.place_book.statements()
        if self.new_households:
            job.append(insert(Household, self.new_households))
        if self.new_persons:
            job.append(insert(Person, self.new_persons))
        if self.head_updates:
            job.append(("UPDATE household SET head_id = ? WHERE id = ?",
                        [(pid, hid) for hid, pid in self.head_updates]))  # fmt: skip
        if self.new_memberships:
            job.append(insert(GroupMembership, self.new_memberships))
        for sql, data in job:
            self.connection.executemany(sql, data)
        self.writer.flush()
        self.counts["households"] += len(self.new_households)
        for items in (self.new_households, self.new_persons, self.head_updates,
                      self.new_memberships):  # fmt: skip
            items.clear()

    def _finish(self) -> None:
        writer, report = self.writer, self.report
        for table, (first, last) in self.place_book.created.items():
            # One entry per kind of place: the ids created, for undo (see PLACE_RANGE).
            writer.add(table, first, "", "create", PLACE_RANGE, new={"first": first, "last": last},
                       note="导入（新建地点）")  # fmt: skip
        writer.finish_created()
        self._flush_chunk()
        self._updates(table_of(Person), "pid", self.person_updates, rev=bindparam("v_rev"))
        h = table_of(Household)
        self._updates(h, "hid", self.household_updates, rev=h.c.rev + 1)
        counts = self.counts
        report.persons_created, report.persons_updated = counts["created"], counts["updated"]
        report.persons_unchanged = counts["unchanged"]
        report.households_created = counts["households"]
        batch_row = ImportBatch(
            uuid=report.batch,
            file_name=report.file_name,
            file_hash=report.file_hash,
            sheets=list(report.sheets),
            actor=self.options.actor,
            counts=report.counts(),
        )
        self.session.add(batch_row)
        self.session.flush()
        report.import_id = batch_row.id

    def _updates(
        self, t: Any, key: str, updates: dict[frozenset[str], list[dict[str, Any]]], rev: Any
    ) -> None:
        """One ``executemany`` UPDATE per set of changed columns."""
        for keys, rows in updates.items():
            self.session.execute(
                update(t)
                .where(t.c.id == bindparam(key))
                .values(rev=rev, updated_at=self.stamp, **{k: bindparam(f"v_{k}") for k in keys}),
                rows,
            )


def _select_households(h: Any) -> Any:
    """The stored household columns an import compares and logs."""
    return select(h.c.id, h.c.uuid, h.c.head_id, h.c.address, h.c.room_id, h.c.grid_id,
                  h.c.kind, h.c.housing, h.c.sort_key)  # fmt: skip
