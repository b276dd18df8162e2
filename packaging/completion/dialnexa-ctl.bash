# bash completion for dialnexa-ctl                                 -*- shell-script -*-
# Installed as /usr/share/bash-completion/completions/dialnexa-ctl.
# Offers the commands, the options that apply to the command on the line, the values of
# --status and the ids of open incidents (from `dialnexa-ctl incidents`, which reads the
# local incident file and needs neither network nor key).

_dialnexa_ctl_incidents()
{
    local ctl=${1/#\~/$HOME}
    # "ID open|closed STARTED N workflows REASON": only open incidents can be resumed.
    "$ctl" incidents 2>/dev/null | awk '$2 == "open" { print $1 }'
}

_dialnexa_ctl()
{
    local cur prev words cword split
    _init_completion -s || return

    local commands="list get pause resume cancel incidents retry-failed audit windows team-store"
    local global="--base-url --profile --ca-file --timeout-ms --team-store --lang --help --help-all --version"

    case $prev in
        --status)
            COMPREPLY=($(compgen -W "draft active paused completed cancelled" -- "$cur"))
            return
            ;;
        --lang)
            COMPREPLY=($(compgen -W "en hi pseudo" -- "$cur"))
            return
            ;;
        --incident)
            COMPREPLY=($(compgen -W "$(_dialnexa_ctl_incidents "${words[0]}")" -- "$cur"))
            return
            ;;
        --repeat)
            COMPREPLY=($(compgen -W "daily weekdays:mon,tue,wed,thu,fri" -- "$cur"))
            return
            ;;
        --ca-file)
            _filedir
            return
            ;;
        --base-url | --profile | --timeout-ms | --search | --reason | --since | --start | --end | --team-store)
            return # free text
            ;;
    esac
    $split && return

    # The command is the first word that is neither an option nor an option's value.
    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --base-url | --profile | --ca-file | --timeout-ms | --lang | --status | --search | --reason | --incident | --since | --start | --end | --repeat | --team-store)
                ((i++))
                ;;
            -*) ;;
            *)
                command=${words[i]}
                break
                ;;
        esac
    done

    if [[ $cur == -* ]]; then
        local options=$global
        case $command in
            list) options+=" --status --json" ;;
            get) options+=" --json" ;;
            pause) options+=" --all-active --search --reason --yes" ;;
            resume | retry-failed) options+=" --incident --yes" ;;
            cancel) options+=" --yes" ;;
            audit) options+=" --since --csv" ;;
            windows) options+=" --start --end --search --status --repeat --reason" ;;
        esac
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    elif [[ $command == windows && ${words[cword - 1]} == windows ]]; then
        COMPREPLY=($(compgen -W "add cancel end run-due" -- "$cur"))
    elif [[ $command == team-store && ${words[cword - 1]} == team-store ]]; then
        COMPREPLY=($(compgen -W "sync" -- "$cur"))
    fi
    # Workflow ids are left to the user: listing them would need the network.
} &&
    complete -F _dialnexa_ctl dialnexa-ctl

# ex: filetype=sh
