"""``gridapp workers``: the grid's workers, and the photo the notice board prints for each."""

from __future__ import annotations

import argparse
from typing import Any

from gridapp.cli.common import UsageError, grid_id, out, unit_of_work
from gridapp.cli.listing import json_of, print_rows
from gridapp.cli.options import action_group, add_grid, add_json

WORKER_JSON = json_of("id", "name", "grid=area", "role", "phone", "active", "photo=has_photo")


def cmd_workers_list(args: argparse.Namespace) -> int:
    from gridapp.services.choices import worker_rows

    with unit_of_work(args) as session:
        rows = worker_rows(session)
    return print_rows(
        rows, _worker_line, as_json=args.json, to_json=WORKER_JSON, empty="没有网格员"
    )


def _worker_line(w: Any) -> str:
    duty = "" if w.active else "\t不在岗"
    return f"{w.name}\t{w.area}\t{w.role}\t{w.phone}\t{'有照片' if w.has_photo else '无照片'}{duty}"


def cmd_workers_photo(args: argparse.Namespace) -> int:
    from gridapp.services import worker_photo

    if args.remove == bool(args.file):
        raise UsageError("请给出照片文件，或用 --remove 删除照片（二者选一）")
    data = None if args.remove else worker_photo.read_file(args.file)
    with unit_of_work(args) as session:
        wid = worker_photo.find_worker(session, args.name, grid_id(session, args.grid))
        if data is None:
            worker_photo.remove_photo(session, wid)
            out(f"已删除网格员 {args.name.strip()} 的照片，公示牌上留空照片框")
            return 0
        changed = worker_photo.set_photo(session, wid, data)
    if changed:
        out(f"已保存网格员 {args.name.strip()} 的照片（公示牌：gridapp print notice）")
    else:
        out(f"网格员 {args.name.strip()} 的照片未改变（与已存的相同）")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    wsub = action_group(sub, "workers", "网格员 / grid workers")
    ls = wsub.add_parser("list", help="网格员名单（含是否有照片）")
    add_json(ls)
    ls.set_defaults(func=cmd_workers_list)
    p = wsub.add_parser(
        "photo", help="网格员的照片（公示牌上印的）：JPEG 或 PNG，自动转正、裁成 3:4"
    )
    p.add_argument("name", metavar="NAME", help="网格员姓名")
    p.add_argument("file", metavar="FILE", nargs="?", help="照片文件（.jpg / .png）")
    add_grid(p, "网格名称（有同名网格员时指明）")
    p.add_argument("--remove", action="store_true", help="删除照片")
    p.set_defaults(func=cmd_workers_photo)
